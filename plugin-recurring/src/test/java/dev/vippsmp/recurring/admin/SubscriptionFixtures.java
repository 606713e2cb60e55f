package dev.vippsmp.recurring.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.charging.ChargeCompletion;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeRow;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The subscriptions the admin's tests look at. Agreements are made for real: started through the facade against the
 * simulator over HTTP and agreed to there, so the first period's charge exists at the vendor. Later periods' charges
 * and their failures are written through the plugin's stores, as the charging job would write them.
 */
final class SubscriptionFixtures {

    private static final URI SHOP = URI.create("http://127.0.0.1:8080");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final VippsSubscriptions subscriptions;
    private final AdminHost.Subscribers shop;
    private final AgreementStore agreements;
    private final ChargeStore charges;
    private final EventLog events;
    private final ChargeCompletion chargeCompletion;
    private final String simulator;

    SubscriptionFixtures(VippsSubscriptions subscriptions, AdminHost.Subscribers shop, AgreementStore agreements,
            ChargeStore charges, EventLog events, ChargeCompletion chargeCompletion, String simulator) {
        this.subscriptions = subscriptions;
        this.shop = shop;
        this.agreements = agreements;
        this.charges = charges;
        this.events = events;
        this.chargeCompletion = chargeCompletion;
        this.simulator = simulator;
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A pending agreement: started, not yet agreed to. */
    String pendingAgreement(String orderId, String customerId, String productName, long price) {
        shop.order(orderId, customerId, productName, price, IntervalUnit.MONTH, 1);
        return subscriptions.start(orderId, SHOP).agreementId();
    }

    /**
     * An agreement the subscriber agreed to at the simulator, read back through the completion path; its first
     * period (the initial charge, taken at the vendor on agreeing) is read back as CHARGED, so it can be refunded.
     */
    String activeAgreement(String orderId, String customerId, String productName, long price) {
        String agreementId = pendingAgreement(orderId, customerId, productName, price);
        post("/simulator/recurring/agreements/" + agreementId + "/accept");
        subscriptions.refresh(agreementId, "RETURN");
        // The completion path claimed period 0 on activation; its read of the vendor's charge finds it taken.
        assertThat(chargeCompletion.complete(agreementId, 0, "POLL").orElseThrow().state())
                .isEqualTo(ChargeState.CHARGED);
        return agreementId;
    }

    /** The period's charge failed at the vendor for the reason, as the charging job records it. */
    void failedPeriod(String agreementId, int period, LocalDate due, long amount, ChargeFailureReason reason,
            String description) {
        assertThat(charges.claim(agreementId, period, due, amount, "NOK", "chr-" + newId("failed"),
                ChargeState.PENDING, null)).isTrue();
        ChargeRow row = charges.find(agreementId, period).orElseThrow();
        assertThat(charges.transition(agreementId, period, row.version(), ChargeState.FAILED, 0,
                reason.wireValue(), description, null, 0)).isTrue();
        agreements.lastFailure(agreementId, reason.wireValue(), description);
        events.append(agreementId, period, "PERIOD_FAILED", "POLL", reason.wireValue());
    }

    private void post(String path) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(simulator + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
