package dev.vippsmp.demoshop.vipps.admin;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.VippsShop;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.testsupport.SimulatorControl;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the admin's browser and HTTP tests share: the plugin's services in the running shop, the sandbox simulator,
 * and, as a JUnit extension, the settings remembered before each test and put back after it (the shop is shared with
 * other tests), with the simulator's faults cleared.
 */
final class AdminTestServices implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            AdminTestServices.class);

    private final ApplicationContext context;

    AdminTestServices(ApplicationContext context) {
        this.context = context;
    }

    /** For JUnit, as an extension. */
    AdminTestServices() {
        this.context = null;
    }

    static AdminTestServices of(ExtensionContext junit) {
        return new AdminTestServices(SpringExtension.getApplicationContext(junit));
    }

    SettingsService settings() {
        return context.getBean(SettingsService.class);
    }

    Payments payments() {
        return context.getBean(Payments.class);
    }

    VippsClient client() {
        return context.getBean(VippsClient.class);
    }

    SimulatorControl simulator() {
        return new SimulatorControl(context.getEnvironment().getRequiredProperty("vipps.base-url"));
    }

    /** A payment with money reserved for an order of the product, bought by the visitor. */
    String reservedPayment(ShopClient visitor, String slug) {
        return AdminFixtures.reservedPayment(visitor, slug, context.getBean(VippsShop.class), payments(), client());
    }

    @Override
    public void beforeEach(ExtensionContext junit) {
        junit.getStore(NAMESPACE).put(PluginSettings.class, of(junit).settings().current());
    }

    @Override
    public void afterEach(ExtensionContext junit) {
        AdminTestServices services = of(junit);
        services.simulator().clearFaults();
        PluginSettings before = junit.getStore(NAMESPACE).get(PluginSettings.class, PluginSettings.class);
        if (before != null) {
            AdminFixtures.restore(services.settings(), before);
        }
    }
}
