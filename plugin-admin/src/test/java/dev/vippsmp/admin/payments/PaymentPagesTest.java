package dev.vippsmp.admin.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.admin.support.AdminPagesTest;
import dev.vippsmp.admin.support.Simulator;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Payments over HTTP against the simulator: found by a piece of their reference, paged; a payment's page shows the
 * vendor's aggregate beside the stored totals; partial capture, refund and release move the money the admin typed,
 * and a bad amount, a stale page or the vendor's refusal move nothing and say why.
 */
class PaymentPagesTest extends AdminPagesTest {

    private static final String PAYMENTS = BASE + "/payments";

    private Map<String, String> versioned(String reference, String amount) {
        long version = payments.queries().find(reference).orElseThrow().version();
        return amount == null ? Map.of("version", String.valueOf(version))
                : Map.of("version", String.valueOf(version), "amount", amount);
    }

    private Payment payment(String reference) {
        return payments.queries().find(reference).orElseThrow();
    }

    @Test
    void aPaymentIsFoundByTheStartOfItsReferenceOrOrderInAnyCaseAndTheListIsPaged() throws Exception {
        String reference = authorizedPayment(10_000);
        for (int i = 0; i < 5; i++) {
            authorizedPayment(20_000);
        }
        String orderId = payment(reference).orderId();

        Document found = html(getAsAdmin(PAYMENTS + "?q=" + reference.substring(0, reference.length() - 2)
                .toUpperCase()));
        assertThat(html(getAsAdmin(PAYMENTS + "?q=" + orderId.toUpperCase())).select(".payment-list tbody tr")
                .eachAttr("data-reference")).containsExactly(reference);
        // A prefix search (which an index can answer at a million payments): a piece from the middle finds nothing.
        assertThat(html(getAsAdmin(PAYMENTS + "?q=" + reference.substring(6, 11))).select(".payment-list tbody tr"))
                .isEmpty();
        Document first = html(getAsAdmin(PAYMENTS));
        Document second = html(getAsAdmin(PAYMENTS + "?page=1"));

        assertThat(found.select(".payment-list tbody tr").eachAttr("data-reference")).containsExactly(reference);
        assertThat(found.select("tr[data-reference=" + reference + "]").text())
                .contains("Reserved", "NOK 100.00", "just now");
        assertThat(found.select("tr[data-reference=" + reference + "] a[href^=/admin/orders/]").text())
                .isEqualTo(payment(reference).orderId());
        assertThat(first.select(".payment-list tbody tr")).hasSize(5);
        assertThat(second.select(".payment-list tbody tr").eachAttr("data-reference")).contains(reference);
        assertThat(first.select(".pager").text()).contains("Page 1 of");
        assertThat(html(getAsAdmin(PAYMENTS + "?status=CAPTURED&q=" + reference)).select(".payment-list tr"))
                .isEmpty();
    }

    @Test
    void aListOfMoreThanTenThousandPaymentsIsNotCountedToTheEnd() throws Exception {
        jdbc.batchUpdate("insert into vipps_payment (order_id, reference, attempt, flow, amount_minor, currency,"
                + " status, authorized_minor, captured_minor, refunded_minor, cancelled_minor, shipping_minor, flagged,"
                + " capture_seq, refund_seq, cancel_seq, capture_on_authorization, poll_count, version, created_at,"
                + " updated_at) values (?, ?, 1, 'CHECKOUT', 100, 'NOK', 'EXPIRED', 0, 0, 0, 0, 0, false, 0, 0, 0,"
                + " false, 0, 0, current_timestamp, current_timestamp)", java.util.stream.IntStream.range(0, 10_001)
                .mapToObj(i -> new Object[] {"many-" + i, "many-" + i + "-1"}).toList());
        try {
            Document list = html(getAsAdmin(PAYMENTS + "?status=EXPIRED"));
            Document far = html(getAsAdmin(PAYMENTS + "?status=EXPIRED&page=300"));

            assertThat(list.select("#payment-count").text()).isEqualTo("More than 10,000 payments");
            // Five a page in these tests: counted up to 10,000 is more than 2,000 pages.
            assertThat(list.select(".pager").text()).contains("Page 1 of more than 2,000", "Older");
            assertThat(far.select(".payment-list tbody tr")).hasSize(5);
            assertThat(far.select(".pager").text()).contains("Newer", "Page 301 of more than 2,000", "Older");
        } finally {
            jdbc.update("delete from vipps_payment where order_id like 'many-%'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"?page=-1", "?page=abc", "?status=PAID", "?page=100001"})
    void aMalformedListRequestIsABadRequest(String query) throws Exception {
        MockHttpServletResponse response = getAsAdmin(PAYMENTS + query);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html(response).select(".error-message").text()).startsWith("That request could not be understood");
    }

    @Test
    void anUnknownPaymentIsNotFound() throws Exception {
        assertThat(getAsAdmin(PAYMENTS + "/adm-unknown-1").getStatus()).isEqualTo(404);
        assertThat(getAsAdmin(PAYMENTS + "/not a reference").getStatus()).isEqualTo(404);
        assertThat(postAsAdmin(PAYMENTS + "/adm-unknown-1/capture", Map.of("amount", "1", "version", "0"))
                .getStatus()).isEqualTo(404);
    }

    @Test
    void capturePartRefundPartReleaseTheRestAndTheAggregateMatchesTheVendors() throws Exception {
        String reference = authorizedPayment(129_900);

        MvcResult captured = postForResult(PAYMENTS + "/" + reference + "/capture",
                versioned(reference, "500,00"));
        assertThat(captured.getResponse().getStatus()).isEqualTo(302);
        assertThat((java.util.Map<String, Object>) captured.getFlashMap()).containsEntry("done", "capture").containsEntry("doneAmount",
                "NOK\u00a0500.00");
        assertThat(postAsAdmin(PAYMENTS + "/" + reference + "/refund", versioned(reference, "120.5")).getStatus())
                .isEqualTo(302);
        assertThat(postAsAdmin(PAYMENTS + "/" + reference + "/cancel", versioned(reference, null)).getStatus())
                .isEqualTo(302);

        Payment after = payment(reference);
        assertThat(after.capturedMinor()).isEqualTo(50_000);
        assertThat(after.refundedMinor()).isEqualTo(12_050);
        assertThat(after.cancelledMinor()).isEqualTo(79_900);
        JsonNode vendor = Simulator.control().payment(reference);
        Document page = html(getAsAdmin(PAYMENTS + "/" + reference));
        for (String amount : new String[] {"authorized", "captured", "refunded", "cancelled"}) {
            long expected = vendor.get(amount + "Amount").asLong();
            assertThat(page.select("#amounts tr[data-amount=" + amount + "] td.vendor").text().replace('\u00a0', ' '))
                    .as(amount).isEqualTo(String.format(java.util.Locale.ENGLISH, "NOK %,.2f", expected / 100.0));
        }
        assertThat(page.select("#events tbody tr")).extracting(row -> row.child(1).text())
                .contains("CREATED", "AUTHORIZED", "CAPTURED", "REFUNDED", "CANCELLED");
        assertThat(page.select("#totals-differ")).isEmpty();
        assertThat(page.select("#capture-form button").hasAttr("disabled")).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abc", "-5", "1e3", "10.001", "0", "1,000", "NOK 10"})
    void aBadAmountIsAFormErrorAndNothingIsSent(String amount) throws Exception {
        String reference = authorizedPayment(10_000);
        long journal = Simulator.lastJournalId();
        long version = payment(reference).version();

        MockHttpServletResponse response = postAsAdmin(PAYMENTS + "/" + reference + "/capture",
                versioned(reference, amount));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(html(response).select(".vipps-problem .problem-text").text()).isNotBlank();
        assertThat(payment(reference).version()).isEqualTo(version);
        assertThat(Simulator.control().journalQuery("sinceId=" + journal + "&reference=" + reference)).noneMatch(
                entry -> entry.get("path").asString().endsWith("/capture"));
    }

    @Test
    void anAmountAboveWhatIsLeftIsRefusedNamingTheMostThatCanBeMoved() throws Exception {
        String reference = authorizedPayment(10_000);

        MockHttpServletResponse response = postAsAdmin(PAYMENTS + "/" + reference + "/capture",
                versioned(reference, "100.01"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(html(response).select(".vipps-problem .problem-text").text().replace('\u00a0', ' '))
                .isEqualTo("At most NOK 100.00 can be captured.");
        assertThat(payment(reference).capturedMinor()).isZero();
    }

    @Test
    void aFormFromBeforeTheLastChangeMovesNoMoney() throws Exception {
        String reference = authorizedPayment(10_000);
        Map<String, String> stale = versioned(reference, "10");
        postAsAdmin(PAYMENTS + "/" + reference + "/capture", versioned(reference, "10"));

        MockHttpServletResponse again = postAsAdmin(PAYMENTS + "/" + reference + "/capture", stale);

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(html(again).select(".vipps-problem .problem-text").text()).startsWith("The payment changed");
        assertThat(payment(reference).capturedMinor()).isEqualTo(1_000);
    }

    @Test
    void theVendorsRefusalIsShownInPlainWordsWithItsCodeAndTraceId() throws Exception {
        String reference = authorizedPayment(10_000);
        Simulator.control().fault(
                "{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"status\":400,\"errorCode\":\"6100\"}");

        MockHttpServletResponse response = postAsAdmin(PAYMENTS + "/" + reference + "/capture",
                versioned(reference, "50"));
        Document page = html(response);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(page.select(".vipps-problem .problem-text").text())
                .isEqualTo("The period for capturing this payment has run out. The reservation is gone; ask the "
                        + "buyer to pay again.");
        assertThat(page.select(".vipps-problem .vendor-answer").text()).contains("HTTP 400", "error code 6100",
                "traceId");
        assertThat(payment(reference).capturedMinor()).isZero();
    }

    @Test
    void anUnansweredCaptureSaysItMayHaveHappenedAndARepeatDoesNotChargeTwice() throws Exception {
        String reference = authorizedPayment(10_000);
        Simulator.control().fault(
                "{\"operation\":\"capturePayment\",\"action\":\"DROP\",\"afterProcessing\":true,\"times\":2}");

        MockHttpServletResponse response = postAsAdmin(PAYMENTS + "/" + reference + "/capture",
                versioned(reference, "40"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(html(response).select(".vipps-problem .problem-text").text()).startsWith("No answer came");
        // The repeat finds the capture done at the vendor: it shows it instead of sending anything.
        MockHttpServletResponse again = postAsAdmin(PAYMENTS + "/" + reference + "/capture",
                versioned(reference, "40"));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(html(again).select(".vipps-problem .problem-text").text()).startsWith("Vipps MobilePay shows");
        assertThat(Simulator.control().payment(reference).get("capturedAmount").asLong()).isEqualTo(4_000);
        assertThat(payment(reference).capturedMinor()).isEqualTo(4_000);
    }

    @Test
    void aRefundTheShopFailedToRecordIsNotMadeAgainByTheNextSubmission() throws Exception {
        String reference = authorizedPayment(10_000);
        payments.money().capture(reference, 10_000);
        shop.refuseNextOutcomes(1);

        MockHttpServletResponse first = postAsAdmin(PAYMENTS + "/" + reference + "/refund",
                versioned(reference, "40"));

        // The vendor refunded; the shop could not record it. The admin gets a page, not a stack trace.
        assertThat(first.getStatus()).isEqualTo(500);
        assertThat(html(first).select(".vipps-problem .problem-text").text()).startsWith("It is not known");
        assertThat(Simulator.control().payment(reference).get("refundedAmount").asLong()).isEqualTo(4_000);

        // The page the admin is now looking at still offers the old totals; submitting it again moves no money.
        MockHttpServletResponse again = postAsAdmin(PAYMENTS + "/" + reference + "/refund",
                versioned(reference, "40"));

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(html(again).select(".vipps-problem .problem-text").text()).startsWith("Vipps MobilePay shows");
        assertThat(Simulator.control().payment(reference).get("refundedAmount").asLong()).isEqualTo(4_000);
        assertThat(payment(reference).refundedMinor()).isEqualTo(4_000);
    }

    @Test
    void twoQuickSubmissionsOfOneCaptureFormMoveTheMoneyOnce() throws Exception {
        String reference = authorizedPayment(10_000);
        Map<String, String> form = versioned(reference, "10");
        // A slow read at the vendor keeps the first submission busy while the second click arrives.
        Simulator.control().fault(
                "{\"operation\":\"getPayment\",\"action\":\"DELAY\",\"delay\":\"1500ms\",\"times\":1}");
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> first = clicks.submit(
                    () -> postAsAdmin(PAYMENTS + "/" + reference + "/capture", form));
            Thread.sleep(500);
            Future<MockHttpServletResponse> second = clicks.submit(
                    () -> postAsAdmin(PAYMENTS + "/" + reference + "/capture", form));

            assertThat(List.of(first.get(30, TimeUnit.SECONDS).getStatus(),
                    second.get(30, TimeUnit.SECONDS).getStatus())).containsExactlyInAnyOrder(302, 409);
        } finally {
            clicks.shutdownNow();
        }
        assertThat(Simulator.control().payment(reference).get("capturedAmount").asLong()).isEqualTo(1_000);
        assertThat(payment(reference).capturedMinor()).isEqualTo(1_000);
    }

    @Test
    void updateFromTheVendorReadsThePaymentAgain() throws Exception {
        String reference = authorizedPayment(10_000);
        client.payments().capture(reference, new dev.vippsmp.core.client.epayment.Amount("NOK", 2_500),
                "captured-elsewhere-" + reference);
        assertThat(html(getAsAdmin(PAYMENTS + "/" + reference)).select("#totals-differ")).isNotEmpty();

        assertThat(postAsAdmin(PAYMENTS + "/" + reference + "/refresh", Map.of()).getStatus()).isEqualTo(302);

        assertThat(payment(reference).capturedMinor()).isEqualTo(2_500);
        assertThat(payment(reference).status()).isEqualTo(PaymentStatus.PARTIALLY_CAPTURED);
    }
}
