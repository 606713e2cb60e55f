package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.testsupport.SimulatorControl;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/** An HTTP test of the shop in sandbox mode, sharing one running shop with the other sandbox tests. */
@SandboxShop
abstract class SandboxWebTest extends ShopApplicationTest {

    @Value("${vipps.base-url}")
    private String simulatorUrl;

    protected SimulatorControl simulator() {
        return new SimulatorControl(simulatorUrl);
    }

    /**
     * How many rows a shopper's or the vendor's request could have added. Only counts: the plugin's background jobs
     * keep finishing other tests' payments meanwhile, which changes their rows but never adds any of these.
     */
    protected List<Long> rowCounts() {
        return List.of(count("cart"), count("cart_line"), count("shop_order"), count("order_line"),
                count("vipps_payment"), count("vipps_checkout_attempt"));
    }

    protected String orderStatus(long orderId) {
        return jdbc.queryForObject("select status from shop_order where id = ?", String.class, orderId);
    }
}
