package dev.vippsmp.demoshop.vipps.admin;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.VippsShop;
import dev.vippsmp.demoshop.testing.ShopBrowserTest;
import dev.vippsmp.testsupport.SimulatorControl;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A browser test of the plugin's admin pages in the sandbox shop, with the simulator at hand and the settings put
 * back after each test.
 */
@AdminSandbox
@ExtendWith(AdminTestServices.class)
abstract class AdminBrowserTest extends ShopBrowserTest {

    @Autowired
    protected SettingsService settings;
    @Autowired
    protected Payments payments;
    @Autowired
    protected VippsClient client;
    @Autowired
    protected VippsShop shop;
    @Autowired
    private ApplicationContext context;

    protected SimulatorControl simulator() {
        return new AdminTestServices(context).simulator();
    }

    protected String reservedPayment(String slug) {
        return new AdminTestServices(context).reservedPayment(newVisitor(), slug);
    }

    /**
     * Waits until the condition holds on the page, e.g. after the page's script updated it; a page being replaced
     * counts as "not yet". A condition that returns false or null is asked again.
     */
    protected <T> T waitUntil(Function<WebDriver, T> condition) {
        return browserWait().until("the admin page to show what the test reads next", condition);
    }
}
