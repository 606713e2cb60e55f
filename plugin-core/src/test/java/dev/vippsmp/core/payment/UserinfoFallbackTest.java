package dev.vippsmp.core.payment;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.support.PluginIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The buyer's details when the payment does not carry them: read from Userinfo by the payment's {@code sub}; waited
 * for while the {@code sub} is late or Userinfo cannot answer, with the authorization held back so the order gets
 * both together; and never at the cost of the money, which is completed without them once the wait is over.
 */
class UserinfoFallbackTest extends PluginIntegrationTest {

    /** An approved profile-sharing payment whose GET carries at most the sub, as {@code release} says. */
    private Initiation approvedWithProfile(String release) {
        Initiation initiation = payments.initiation().initiateExpress(shop.createOrderFromCart(shop.newCart(15_000, false)), "https://shop.example/r", null);
        Simulator.control().complete(initiation.reference(), release);
        return initiation;
    }

    /** What the vendor's GET answered for the payment, as the simulator's journal recorded it. */
    private static List<String> paymentReads(String reference) {
        return Simulator.control().journal(reference).stream()
                .filter(entry -> "getPayment".equals(entry.get("operation").asString()))
                .map(entry -> entry.get("responseBody").asString()).toList();
    }

    @Test
    void aPaymentThatCarriesOnlyTheSubGetsTheBuyersDetailsFromUserinfo() {
        Initiation initiation = approvedWithProfile("{\"userDetails\":false}");

        CompletionResult result = payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);

        assertThat(result.told()).isEqualTo(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(paymentReads(initiation.reference())).isNotEmpty()
                .allSatisfy(answer -> assertThat(answer).contains("\"sub\"").doesNotContain("userDetails"));
        BuyerDetails buyer = shop.buyer(initiation.payment().orderId()).orElseThrow();
        assertThat(buyer.givenName()).isEqualTo("Kari");
        assertThat(buyer.familyName()).isEqualTo("Nordmann");
        assertThat(buyer.email()).isEqualTo("kari.nordmann@example.com");
        assertThat(buyer.phoneNumber()).isEqualTo(TEST_USER);
        assertThat(buyer.address()).isNull();
    }

    @Test
    void aLateSubIsWaitedForAndTheOrderGetsTheDetailsWithItsAuthorization() {
        Initiation initiation = approvedWithProfile("{\"userDetails\":false,\"profileDelay\":\"10m\"}");
        String order = initiation.payment().orderId();

        CompletionResult early = payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);

        assertThat(early.changed()).isFalse();
        assertThat(early.status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(shop.outcomes(order)).isEmpty();
        assertThat(shop.buyer(order)).isEmpty();
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().nextPollAt()).isAfter(clock.instant());

        Simulator.control().advanceClock("10m");
        CompletionResult late = payments.completion().complete(initiation.reference(), Trigger.RECONCILER);

        assertThat(late.told()).isEqualTo(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(shop.outcomes(order)).hasSize(1);
        assertThat(shop.buyer(order).orElseThrow().email()).isEqualTo("kari.nordmann@example.com");
    }

    @Test
    void aUserinfoThatCannotAnswerIsReadAgainAndTheOrderThenGetsTheDetails() {
        Initiation initiation = approvedWithProfile("{\"userDetails\":false}");
        String order = initiation.payment().orderId();
        Simulator.control().fault("{\"operation\":\"getUserinfo\",\"action\":\"ERROR\",\"status\":503,\"times\":-1}");

        CompletionResult failed = payments.completion().complete(initiation.reference(), Trigger.WEBHOOK);

        assertThat(failed.changed()).isFalse();
        assertThat(failed.status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(shop.outcomes(order)).isEmpty();
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().nextPollAt()).isAfter(clock.instant());

        Simulator.control().clearFaults();
        CompletionResult next = payments.completion().complete(initiation.reference(), Trigger.RECONCILER);

        assertThat(next.told()).isEqualTo(PaymentOutcome.Kind.AUTHORIZED);
        BuyerDetails buyer = shop.buyer(order).orElseThrow();
        assertThat(buyer.givenName()).isEqualTo("Kari");
        assertThat(buyer.phoneNumber()).isEqualTo(TEST_USER);
    }

    @Test
    void pastTheProfileWaitTheMoneyIsCompletedWithoutTheDetails() {
        Initiation initiation = approvedWithProfile("{\"userDetails\":false}");
        String order = initiation.payment().orderId();
        Simulator.control().fault("{\"operation\":\"getUserinfo\",\"action\":\"ERROR\",\"status\":500,\"times\":-1}");
        assertThat(payments.completion().complete(initiation.reference(), Trigger.WEBHOOK).changed()).isFalse();

        clock.advance(Duration.ofMinutes(16));
        CompletionResult result = payments.completion().complete(initiation.reference(), Trigger.RECONCILER);

        assertThat(result.told()).isEqualTo(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().authorizedMinor()).isEqualTo(15_000);
        assertThat(shop.buyer(order)).isEmpty();
    }
}
