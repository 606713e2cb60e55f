package dev.vippsmp.recurring.lifecycle;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.recurring.Subscription;
import dev.vippsmp.recurring.SubscriptionOperationException;
import dev.vippsmp.recurring.SubscriptionStart;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.simulator.VippsSimulator;
import dev.vippsmp.testsupport.SharedService;
import dev.vippsmp.testsupport.SimulatorControl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Start, agree or decline, and stop, against the simulator over real HTTP, on H2. */
@SpringBootTest(classes = RecurringTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:vipps-recurring;DB_CLOSE_DELAY=-1",
        "spring.jpa.open-in-view=false",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.background-jobs.enabled=false",
        "vipps.system.plugin-name=vipps-recurring-tests"})
class AgreementFlowTest {

    private static final SharedService<VippsSimulator> SIMULATOR = new SharedService<>(
            () -> VippsSimulator.start(Map.of()));
    private static final URI SHOP = URI.create("http://127.0.0.1:8080");

    @Autowired
    VippsSubscriptions subscriptions;
    @Autowired
    RecurringTestApplication.TestShop shop;
    @Autowired
    VippsClient client;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", () -> SIMULATOR.get().baseUrl());
    }

    @BeforeEach
    void clean() {
        new SimulatorControl(SIMULATOR.get().baseUrl()).reset();
        shop.outcomes.clear();
    }

    @Test
    void anAgreedSubscriptionIsActiveWithItsNextPeriodDueAndTheShopIsToldOnce() throws Exception {
        String orderId = orderId();
        shop.order(orderId, 29900, false);
        SubscriptionStart start = subscriptions.start(orderId, SHOP);
        assertThat(start.redirectUrl().toString()).startsWith(SIMULATOR.get().baseUrl());
        assertThat(subscriptions.find(start.agreementId()).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.PENDING);

        control("/simulator/recurring/agreements/" + start.agreementId() + "/accept");
        subscriptions.refresh(start.agreementId(), Source.RETURN);
        Subscription active = subscriptions.refresh(start.agreementId(), Source.POLL).orElseThrow();

        assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(active.nextChargeDate()).isEqualTo(LocalDate.now().plusMonths(1));
        assertThat(shop.outcomes).extracting(SubscriptionOutcome::kind)
                .containsExactly(SubscriptionOutcome.Kind.AGREEMENT_ACTIVE);
        assertThat(subscriptions.subscriptionsOf("customer-1")).extracting(Subscription::agreementId)
                .contains(start.agreementId());
    }

    @Test
    void startingTheSameOrderTwiceWhilePendingGivesTheSameAgreement() {
        String orderId = orderId();
        shop.order(orderId, 29900, true);
        SubscriptionStart first = subscriptions.start(orderId, SHOP);
        assertThat(subscriptions.start(orderId, SHOP).agreementId()).isEqualTo(first.agreementId());
    }

    @Test
    void aDeclinedAgreementIsRejectedAndCannotBeStopped() throws Exception {
        String orderId = orderId();
        shop.order(orderId, 29900, false);
        SubscriptionStart start = subscriptions.start(orderId, SHOP);

        control("/simulator/recurring/agreements/" + start.agreementId() + "/reject");
        assertThat(subscriptions.refresh(start.agreementId(), Source.WEBHOOK).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.REJECTED);
        assertThat(shop.outcomes).extracting(SubscriptionOutcome::kind)
                .containsExactly(SubscriptionOutcome.Kind.AGREEMENT_REJECTED);
        assertThatThrownBy(() -> subscriptions.stop(start.agreementId()))
                .isInstanceOfSatisfying(SubscriptionOperationException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubscriptionOperationException.Reason.NOT_ALLOWED));
    }

    @Test
    void stoppingStopsTheVendorsAgreementAndTellsTheShopOnce() throws Exception {
        String orderId = orderId();
        shop.order(orderId, 29900, false);
        SubscriptionStart start = subscriptions.start(orderId, SHOP);
        control("/simulator/recurring/agreements/" + start.agreementId() + "/accept");
        subscriptions.refresh(start.agreementId(), Source.RETURN);

        assertThat(subscriptions.pause(start.agreementId()).status()).isEqualTo(SubscriptionStatus.PAUSED);
        assertThat(subscriptions.pause(start.agreementId()).nextChargeDate()).isNull();
        assertThat(subscriptions.stop(start.agreementId()).status()).isEqualTo(SubscriptionStatus.STOPPED);
        subscriptions.stop(start.agreementId());

        assertThat(client.recurring().getAgreement(start.agreementId()).status()).isEqualTo("STOPPED");
        // Stopping also reads the open charges; the initial one (period 0) is then told charged, a period outcome.
        assertThat(shop.outcomes).filteredOn(SubscriptionOutcome::isAgreementOutcome)
                .extracting(SubscriptionOutcome::kind).containsExactly(
                SubscriptionOutcome.Kind.AGREEMENT_ACTIVE, SubscriptionOutcome.Kind.AGREEMENT_STOPPED);
    }

    private static String orderId() {
        return "sub-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void control(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SIMULATOR.get().baseUrl() + path)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }
}
