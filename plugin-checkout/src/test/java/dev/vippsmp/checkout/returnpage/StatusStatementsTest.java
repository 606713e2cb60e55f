package dev.vippsmp.checkout.returnpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.checkout.support.WebClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The return page's script asks for the status again and again while the buyer waits, so each of its requests is
 * one read of the attempt and one of the order's payments: the signal it waits on is the order's, and needs no read
 * of its own first. Counted by the database itself (H2's query statistics), whatever issues the statements.
 */
class StatusStatementsTest extends CheckoutIntegrationTest {

    @Autowired
    private VippsCheckout checkout;

    @Test
    void aStatusRequestReadsTheAttemptOnceAndThePaymentsOnce() {
        String order = shop.newOrder(9_900, false);
        checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), URI.create(baseUrl() + "/orders/" + order),
                "+47 912 34 567"));
        String returnUrl = Simulator.control().payment("co-" + order + "-1").get("returnUrl").asString();
        String statusPath = returnUrl.substring(baseUrl().length()) + "/status?wait=true";
        WebClient visitor = visitor();
        Simulator.control().complete("co-" + order + "-1", "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> visitor.get(statusPath).body().contains("\"done\":true"));

        List<Map<String, Object>> statements = during(() ->
                assertThat(visitor.get(statusPath).body()).contains("\"done\":true"));

        assertThat(executionsOn(statements, "vipps_checkout_attempt")).isEqualTo(1);
        assertThat(executionsOn(statements, "vipps_payment")).isEqualTo(1);
    }

    /** Each statement the database ran during the action, with how often. */
    private List<Map<String, Object>> during(Runnable action) {
        jdbc.execute("set query_statistics false");
        jdbc.execute("set query_statistics true");
        try {
            action.run();
            return jdbc.queryForList("select sql_statement, execution_count from information_schema.query_statistics");
        } finally {
            jdbc.execute("set query_statistics false");
        }
    }

    /** How many times statements reading or writing the table (and no other of a longer name) ran. */
    private static long executionsOn(List<Map<String, Object>> statements, String table) {
        return statements.stream()
                .filter(row -> row.get("SQL_STATEMENT").toString().toLowerCase(Locale.ROOT)
                        .matches("(?s).*\\b" + table + "\\b(?![_a-z]).*"))
                .filter(row -> !row.get("SQL_STATEMENT").toString().toLowerCase(Locale.ROOT)
                        .contains("information_schema"))
                .mapToLong(row -> ((Number) row.get("EXECUTION_COUNT")).longValue())
                .sum();
    }
}
