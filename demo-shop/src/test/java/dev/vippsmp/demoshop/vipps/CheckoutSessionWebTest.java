package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * What a shopper sent to the vendor to pay leaves in the shop's session: the shop holds one session per shopper
 * who has not come back yet, so whatever a payment leaves there is kept per payment in flight.
 */
class CheckoutSessionWebTest extends SandboxWebTest {

    @Autowired
    private ServletWebServerApplicationContext context;

    @Test
    void payingWithVippsLeavesNoFlashAttributesForTheVendorsPageInTheSession() {
        ShopClient visitor = newVisitor();
        visitor.addToCart("northern-lights-cookbook", 1);
        Map<String, String> form = visitor.validCheckoutForm();
        form.put("paymentMethod", "vipps");
        Response placed = visitor.post("/checkout", form);
        assertThat(placed.status()).isEqualTo(302);
        assertThat(placed.location()).contains("/simulator/landing");

        Session session = session(visitor.cookie("JSESSIONID").orElseThrow());
        List<String> names = Collections.list(session.getSession().getAttributeNames());
        assertThat(names).noneMatch(name -> name.endsWith("FLASH_MAPS"));
    }

    private Session session(String id) {
        Context shop = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = shop.getManager().findSession(id);
            assertThat(session).as("the visitor's session").isNotNull();
            return session;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
