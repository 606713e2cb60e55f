package dev.vippsmp.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.admin.support.AdminPagesTest;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.client.errors.VippsApiException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The API dashboard counts the shop's calls per operation with their error rate and latency, lists the latest
 * errors with the vendor's code and traceId, and links to the vendor's status pages.
 */
class DashboardPageTest extends AdminPagesTest {

    @Test
    void callsAndErrorsOfTheLastHourAndDayAreCountedPerOperation() throws Exception {
        String reference = authorizedPayment(10_000);
        Simulator.control().fault(
                "{\"operation\":\"getPayment\",\"action\":\"ERROR\",\"status\":400,\"errorCode\":\"5090\"}");
        try {
            client.payments().get(reference);
        } catch (VippsApiException expected) {
            // The failed call is what the dashboard must show.
        }

        Document page = html(getAsAdmin(BASE + "/dashboard"));

        for (String window : new String[] {"hour", "day"}) {
            Element getPayment = page.selectFirst("#stats-" + window + " tr[data-operation=GET_PAYMENT]");
            assertThat(getPayment).as(window).isNotNull();
            assertThat(getPayment.select("td").first().text()).contains("Read payment",
                    "GET /epayment/v1/payments/{reference}");
            assertThat(Long.parseLong(getPayment.select(".calls").text())).isGreaterThanOrEqualTo(2);
            assertThat(Long.parseLong(getPayment.select(".errors").text())).isGreaterThanOrEqualTo(1);
            assertThat(getPayment.select(".rate").text()).endsWith("%");
            assertThat(getPayment.select("td.num").eachText()).anyMatch(text -> text.endsWith(" ms"));
            assertThat(page.select("#stats-" + window + " tr[data-operation=CREATE_PAYMENT]")).isNotEmpty();
        }
        Element error = page.selectFirst("#recent-errors tr[data-operation=GET_PAYMENT]");
        assertThat(error.text()).contains("Read payment", "400", "5090", "Invalid request");
        assertThat(error.select(".trace").text()).isNotBlank().isNotEqualTo("–");
        assertThat(page.select("#status-test").attr("href")).startsWith("https://");
        assertThat(page.select("#status-production").attr("href")).startsWith("https://");
        assertThat(page.select("#dashboard-environment").text()).isEqualTo("Test");
    }
}
