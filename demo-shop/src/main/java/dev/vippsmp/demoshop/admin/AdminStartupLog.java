package dev.vippsmp.demoshop.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says at startup where the shop and its admin area are, and how to sign in. The password is printed only when it
 * is the demo's well-known default; a shop's own password is never logged.
 */
@Component
class AdminStartupLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AdminStartupLog.class);

    private final AdminProperties admin;

    AdminStartupLog(AdminProperties admin) {
        this.admin = admin;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String base = "http://localhost:" + event.getWebServer().getPort();
        String password = admin.isDemoPassword()
                ? "password '" + AdminProperties.DEMO_PASSWORD + "' (the demo's default; set demo.admin.password)"
                : "the password set in demo.admin.password";
        log.info("Shop: {}/  Admin: {}/admin (user '{}', {})", base, base, admin.username(), password);
    }
}
