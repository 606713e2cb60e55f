package dev.vippsmp.checkout.returnpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.H2Statements;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.checkout.support.WebClient;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The return page's script asks for the status again and again while the buyer waits, so each of its requests is
 * one read of the order's payments and no read of the attempt once the node has found it (its order never changes):
 * the signal it waits on is the order's, and needs no read of its own first ({@link StatusWakeTest}: nor does the
 * end of a wait). Counted by the database itself (H2's query statistics), whatever issues the statements.
 */
@TestPropertySource(properties = "vipps.checkout.status-wait=1s")
class StatusStatementsTest extends CheckoutIntegrationTest {

    @Autowired
    private VippsCheckout checkout;

    @Test
    void aStatusRequestReadsThePaymentsOnceAndTheAttemptNotAgain() {
        String order = shop.newOrder(9_900, false);
        checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), URI.create(baseUrl() + "/orders/" + order),
                "+47 912 34 567"));
        String returnUrl = Simulator.control().payment("co-" + order + "-1").get("returnUrl").asString();
        String statusPath = returnUrl.substring(baseUrl().length()) + "/status?wait=true";
        WebClient visitor = visitor();
        Simulator.control().complete("co-" + order + "-1", "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> visitor.get(statusPath).body().contains("\"done\":true"));

        H2Statements statements = H2Statements.during(jdbc, () ->
                assertThat(visitor.get(statusPath).body()).contains("\"done\":true"));

        assertThat(statements.on("vipps_checkout_attempt")).isZero();
        assertThat(statements.on("vipps_payment")).isEqualTo(1);
    }
}
