package dev.vippsmp.core.payment;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.support.PluginIntegrationTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * A completion that moves a payment is published once, after its change is committed, with what the shop was
 * told; a completion that finds nothing to do publishes nothing, and a listener that fails changes nothing.
 */
class PaymentChangedEventTest extends PluginIntegrationTest {

    @Autowired
    private ConfigurableApplicationContext context;

    private final List<PaymentChanged> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<PaymentChanged>> recorder =
            event -> published.add(event.getPayload());
    private volatile boolean listenerFails;
    private final ApplicationListener<PayloadApplicationEvent<PaymentChanged>> failing = event -> {
        if (listenerFails) {
            throw new IllegalStateException("a broken listener");
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
        context.addApplicationListener(failing);
    }

    @AfterEach
    void stopListening() {
        ApplicationEventMulticaster multicaster = context.getBean(
                AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
        multicaster.removeApplicationListener(recorder);
        multicaster.removeApplicationListener(failing);
    }

    private List<PaymentChanged> of(String reference) {
        return published.stream().filter(change -> change.payment().reference().equals(reference)).toList();
    }

    @Test
    void eachChangeIsPublishedOnceWithWhatTheShopWasTold() {
        String order = shop.newOrder(10_000, true);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);

        payments.completion().complete(initiation.reference(), Trigger.WEBHOOK);
        payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);
        payments.money().capture(initiation.reference(), 10_000);

        assertThat(of(initiation.reference())).extracting(change -> change.payment().status(), PaymentChanged::told,
                PaymentChanged::trigger).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PaymentStatus.AUTHORIZED, PaymentOutcome.Kind.AUTHORIZED,
                                Trigger.WEBHOOK),
                        org.assertj.core.groups.Tuple.tuple(PaymentStatus.CAPTURED, PaymentOutcome.Kind.PAID,
                                Trigger.OPERATION));
        assertThat(of(initiation.reference()).get(0).payment().orderId()).isEqualTo(order);
    }

    @Test
    void aListenerThatFailsChangesNothingAboutTheCompletion() {
        listenerFails = true;
        String order = shop.newOrder(7_000, false);
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);

        CompletionResult result = payments.completion().complete(initiation.reference(), Trigger.RECONCILER);

        assertThat(result.told()).isEqualTo(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(payments.queries().find(initiation.reference()).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(shop.outcomes(order)).extracting(PaymentOutcome::kind).containsExactly(PaymentOutcome.Kind.AUTHORIZED);
        assertThat(of(initiation.reference())).hasSize(1);
    }
}
