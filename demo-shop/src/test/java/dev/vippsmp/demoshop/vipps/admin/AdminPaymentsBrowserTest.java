package dev.vippsmp.demoshop.vipps.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.Payment;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import tools.jackson.databind.JsonNode;

/**
 * A payment handled in a real browser: found in the list by its order, part captured, part refunded, the rest
 * released, and the totals the page shows equal the simulator's own, each step told in plain words.
 */
class AdminPaymentsBrowserTest extends AdminBrowserTest {

    private String amount(String row, String column) {
        return text("#amounts tr[data-amount=" + row + "] td." + column);
    }

    private static String nok(long minor) {
        return String.format(Locale.ENGLISH, "NOK %,.2f", minor / 100.0);
    }

    @Test
    void anAdminCapturesPartRefundsPartReleasesTheRestAndTheTotalsMatchTheSimulators() {
        String reference = reservedPayment("wool-blanket");
        Payment reserved = payments.queries().find(reference).orElseThrow();
        logInAsAdmin();
        open(AdminFixtures.PAYMENTS);
        type("#q", reserved.orderId());
        clickToNewPage(".payment-search button[type=submit]");
        waitUntil(page -> isPresent("tr[data-reference='" + reference + "']"));
        assertThat(text("tr[data-reference='" + reference + "']")).contains("Reserved", "NOK 1,299.00");
        clickToNewPage("tr[data-reference='" + reference + "'] a.mono");
        waitForPath(AdminFixtures.PAYMENTS + "/" + reference);
        assertThat(text("#payment-status")).isEqualTo("Reserved");

        type("#capture-amount", "500,00");
        clickToNewPage("#capture-form button[type=submit]");
        waitUntil(page -> text("#operation-done").equals("Captured NOK 500.00."));
        type("#refund-amount", "120.50");
        clickToNewPage("#refund-form button[type=submit]");
        waitUntil(page -> text("#operation-done").equals("Refunded NOK 120.50."));
        // The click opens the browser's own question; the page is replaced only once it is answered.
        click("#cancel-form button[type=submit]");
        Alert question = browserWait().until("the question before releasing", page -> page.switchTo().alert());
        assertThat(question.getText().replace('\u00a0', ' ')).isEqualTo("Release NOK 799.00 to the buyer? Nothing more can be captured "
                + "afterwards.");
        question.accept();
        waitUntil(page -> text("#operation-done").startsWith("Released NOK 799.00"));

        JsonNode vendor = simulator().payment(reference);
        assertThat(vendor.get("capturedAmount").asLong()).isEqualTo(50_000);
        assertThat(vendor.get("refundedAmount").asLong()).isEqualTo(12_050);
        assertThat(vendor.get("cancelledAmount").asLong()).isEqualTo(79_900);
        for (String total : new String[] {"authorized", "captured", "refunded", "cancelled"}) {
            String expected = nok(vendor.get(total + "Amount").asLong());
            assertThat(amount(total, "vendor")).as("%s at the vendor", total).isEqualTo(expected);
            assertThat(amount(total, "stored")).as("%s in the shop", total).isEqualTo(expected);
        }
        assertThat(isPresent("#totals-differ")).isFalse();
        assertThat(find("#capture-form button").isEnabled()).isFalse();
        assertThat(text("#refundable")).isEqualTo("NOK 379.50");
        assertThat(text("#events")).contains("CAPTURED", "REFUNDED", "CANCELLED");
    }

    @Test
    void aRefusedCaptureShowsTheVendorsReasonInPlainWords() {
        String reference = reservedPayment("cheese-slicer");
        logInAsAdmin();
        open(AdminFixtures.PAYMENTS + "/" + reference);
        simulator().fault("{\"operation\":\"capturePayment\",\"action\":\"ERROR\",\"status\":400,"
                + "\"errorCode\":\"6100\"}");

        clickToNewPage("#capture-form button[type=submit]");
        waitUntil(page -> isPresent(".vipps-problem"));

        assertThat(text(".vipps-problem .problem-text")).startsWith("The period for capturing this payment has run out");
        assertThat(text(".vipps-problem .vendor-answer")).contains("error code 6100", "traceId");
        assertThat(simulator().payment(reference).get("capturedAmount").asLong()).isZero();
    }
}
