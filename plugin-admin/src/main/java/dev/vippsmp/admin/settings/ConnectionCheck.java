package dev.vippsmp.admin.settings;

import dev.vippsmp.admin.connection.ConnectionReport;
import dev.vippsmp.admin.connection.ConnectionTester;
import dev.vippsmp.admin.security.AdminUser;
import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.settings.BaseUrlPolicy;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsClientConfiguration;
import dev.vippsmp.core.settings.VippsProperties;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Test connection" on the form as typed. The test sends the keys to whatever address the form names, unsaved and
 * so in no audit trail; were a masked secret filled in from the saved one there, anyone allowed on the settings
 * page could have the shop's saved client secret and subscription key sent to a server of their choosing. So the
 * saved secrets go only where calls already go (the saved address, or the environment's configured one); to any
 * other address the admin types the secrets again, proving they have them. Plain http is refused unless it stays
 * on this machine. Each test is logged with who ran it against which host, never with a key.
 */
final class ConnectionCheck {

    private static final Logger log = LoggerFactory.getLogger(ConnectionCheck.class);

    private final ConnectionTester tester;
    private final VippsProperties properties;

    ConnectionCheck(ConnectionTester tester, VippsProperties properties) {
        this.tester = tester;
        this.properties = properties;
    }

    ConnectionReport run(SettingsForm form, PluginSettings current) {
        EnteredSettings entered = EnteredSettings.of(form, current, properties);
        ConnectionReport report = test(form, entered);
        log.info("{} tested the connection to {} with the {} keys ({}): {}", AdminUser.name(),
                host(entered.baseUrl()), entered.environment(),
                entered.savedSecrets().isEmpty() ? "secrets typed" : "saved " + entered.savedSecrets(),
                report.outcome());
        return report;
    }

    private ConnectionReport test(SettingsForm form, EnteredSettings entered) {
        URI baseUrl = entered.baseUrl();
        if (baseUrl == null) {
            return ConnectionReport.invalidBaseUrl(form.getBaseUrl());
        }
        if (BaseUrlPolicy.isPlainHttpElsewhere(baseUrl)) {
            return ConnectionReport.plainHttp(baseUrl.toString());
        }
        if (!entered.savedAddress() && !entered.savedSecrets().isEmpty()) {
            return ConnectionReport.retypeSecrets(baseUrl.toString(), entered.keys().merchantSerialNumber(),
                    entered.savedSecrets());
        }
        VippsProperties.Http http = properties.http();
        return tester.test(new ClientConfiguration(baseUrl, entered.keys(), entered.systemHeaders(),
                http.connectTimeout(), http.readTimeout(), SettingsClientConfiguration.retrySettings(http)));
    }

    /** Scheme, host and port only: a URL may carry a user name and password, which have no place in a log. */
    private static String host(URI url) {
        if (url == null) {
            return "an address that is no http(s) URL";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
}
