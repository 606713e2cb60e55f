package dev.vippsmp.demoshop.vipps.admin;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopBrowserTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.testsupport.SimulatorControl;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An HTTP test of the plugin's admin pages in the sandbox shop, for requests a browser would never send; the
 * settings are put back after each test.
 */
@AdminSandbox
@ExtendWith(AdminTestServices.class)
abstract class AdminWebTest extends ShopApplicationTest {

    @Autowired
    protected SettingsService settings;
    @Autowired
    protected VippsClient client;
    @Autowired
    private ApplicationContext context;

    protected SimulatorControl simulator() {
        return new AdminTestServices(context).simulator();
    }

    protected ShopClient admin() {
        return newVisitor().loginAsAdmin(ShopBrowserTest.ADMIN_USER, ShopBrowserTest.ADMIN_PASSWORD);
    }

    protected String reservedPayment(String slug) {
        return new AdminTestServices(context).reservedPayment(newVisitor(), slug);
    }

    /** What the plugin's tables hold that a refused admin request could have changed. */
    protected Map<String, Object> pluginRows() {
        return jdbc.queryForMap("select (select count(*) from vipps_settings_audit) audit, "
                + "(select coalesce(max(version), 0) from vipps_settings) settings_version, "
                + "(select coalesce(sum(version), 0) from vipps_payment) payment_versions, "
                + "(select count(*) from vipps_webhook_registration) webhooks");
    }
}
