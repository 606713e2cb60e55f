package dev.vippsmp.recurring.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.recurring.Charge;
import dev.vippsmp.core.client.recurring.ChargeAmount;
import dev.vippsmp.core.client.recurring.CreateCharge;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.support.RecurringIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The core's charge calls the plugin's own flow does not make (it charges DIRECT_CAPTURE), against the simulator:
 * a reserved charge captured in part, its remainder cancelled, and the refusals the vendor answers.
 */
class RecurringChargeCallsTest extends RecurringIntegrationTest {

    @Test
    void aReservedChargeIsCapturedInPartAndItsRemainderCancelled() {
        String agreementId = activeSubscription(10000, IntervalUnit.MONTH);
        String due = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(2).toString();
        String chargeId = client.recurring().createCharge(agreementId,
                new CreateCharge(5000, "RESERVE_CAPTURE", "Extra bag", due, 0, null, "extra-1"),
                agreementId + "-extra-charge").chargeId();
        assertThat(process(chargeId).get("status").asString()).isEqualTo("RESERVED");

        client.recurring().captureCharge(agreementId, chargeId, new ChargeAmount(2000, "First half"),
                agreementId + "-extra-capture-1");
        Charge partly = client.recurring().getCharge(agreementId, chargeId);
        assertThat(partly.status()).isEqualTo("PARTIALLY_CAPTURED");
        assertThat(partly.summary().captured()).isEqualTo(2000);
        assertThatThrownBy(() -> client.recurring().captureCharge(agreementId, chargeId,
                new ChargeAmount(3001, "Too much"), agreementId + "-extra-capture-2"))
                .isInstanceOfSatisfying(VippsApiException.class, e -> assertThat(e.status()).isEqualTo(400));

        client.recurring().cancelCharge(agreementId, chargeId, agreementId + "-extra-cancel");
        Charge settled = client.recurring().getCharge(agreementId, chargeId);
        assertThat(settled.summary().captured()).isEqualTo(2000);
        assertThat(settled.summary().cancelled()).isEqualTo(3000);
        assertThat(client.recurring().listCharges(agreementId, null)).extracting(Charge::id).contains(chargeId);
        assertThat(settled.history()).extracting(event -> event.event()).contains("CAPTURE", "CANCEL");
    }

    @Test
    void aChargeDueTodayIsRefusedAsTheVendorNeedsADaysLeadTime() {
        String agreementId = activeSubscription(10000, IntervalUnit.MONTH);
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

        assertThatThrownBy(() -> client.recurring().createCharge(agreementId,
                new CreateCharge(5000, "DIRECT_CAPTURE", "Too soon", today, 0, null, null),
                agreementId + "-soon-charge"))
                .isInstanceOfSatisfying(VippsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.isRetryable()).isFalse();
                });
    }
}
