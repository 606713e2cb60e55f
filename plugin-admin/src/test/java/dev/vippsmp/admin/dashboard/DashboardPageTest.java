package dev.vippsmp.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vippsmp.admin.support.AdminPagesTest;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.client.ApiCallRecord;
import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.epayment.Amount;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.client.errors.PaymentStateException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.telemetry.ApiCallLog;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The API dashboard counts the shop's calls per operation with their error rate and latency, lists the latest
 * errors with the vendor's code, title and traceId (the kind of error where no answer came), and links to the
 * vendor's status pages.
 */
class DashboardPageTest extends AdminPagesTest {

    @Autowired
    private ApiCallLog log;

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

    @Test
    void anErrorShowsTheVendorsTitleWithItsCodeAndTraceIdAndAnUnansweredCallItsKind() throws Exception {
        log.flush();
        jdbc.update("delete from vipps_api_call");
        String reference = authorizedPayment(10_000);
        // More than was authorized: the vendor refuses with its own words.
        PaymentStateException refused = catchThrowableOfType(PaymentStateException.class,
                () -> client.payments().capture(reference, Amount.of(20_000, "NOK"), reference + "-too-much"));
        // A POST: the JDK's HTTP client itself repeats a GET whose pooled connection closes unanswered, never a
        // POST, so this drop reaches the plugin's client, whose own retry then releases the payment.
        Simulator.control().fault("{\"operation\":\"cancelPayment\",\"action\":\"DROP\"}");
        client.payments().cancel(reference, reference + "-release");

        Document page = html(getAsAdmin(BASE + "/dashboard"));

        Element capture = page.selectFirst("#recent-errors tr[data-operation=CAPTURE_PAYMENT]");
        assertThat(capture.select(".code").text()).isEqualTo("6090");
        assertThat(capture.select(".vendor-title").text()).isEqualTo("Capture amount too high")
                .isEqualTo(refused.title());
        assertThat(capture.select(".category").text()).isEqualTo("Payment state");
        assertThat(capture.select(".trace").text()).isNotBlank().isEqualTo(refused.traceId());
        // The dropped first attempt brought no answer, so no title: its kind is shown as before.
        Element dropped = page.selectFirst("#recent-errors tr[data-operation=CANCEL_PAYMENT]");
        assertThat(dropped.select(".vendor-title")).isEmpty();
        assertThat(dropped.select(".category").text()).isEqualTo("Unavailable or no answer");
        assertThat(dropped.select(".code").text()).isEqualTo("–");
        assertThat(dropped.select(".trace").text()).isEqualTo("–");
    }

    @Test
    void aTitleIsShownAsTextNeverAsMarkup() throws Exception {
        log.onCall(new ApiCallRecord(ApiOperation.REFUND_PAYMENT, 400, "6150",
                "<img src=x onerror=alert(1)> & <b>not</b> refundable", ErrorCategory.STATE, Duration.ofMillis(9),
                "trace-markup", Instant.now(), 1));

        MockHttpServletResponse response = getAsAdmin(BASE + "/dashboard");
        Document page = html(response);

        Element refund = page.selectFirst("#recent-errors tr[data-operation=REFUND_PAYMENT]");
        assertThat(refund.select(".vendor-title").text()).isEqualTo(
                "<img src=x onerror=alert(1)> & <b>not</b> refundable");
        assertThat(refund.select(".vendor-title img, .vendor-title b")).isEmpty();
        assertThat(response.getContentAsString()).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;");
    }
}
