package dev.vippsmp.demoshop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vippsmp.demoshop.money.Money;
import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.testplugin.OrderEventRecorder;
import dev.vippsmp.testplugin.TestPluginConfiguration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Order events reach transactional listeners once the change is committed, and never for a change rolled back. */
@Import(TestPluginConfiguration.class)
class OrderEventsTest extends ShopApplicationTest {

    @Autowired
    OrderService orders;

    @Autowired
    OrderEventRecorder recorder;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void placingAndChangingAnOrderArePublishedWithWhoAndWhen() {
        long id = orders.place(newOrder()).id();

        assertThat(orders.changeStatus(id, OrderStatus.PROCESSING, "payment:test-wallet", "Captured")).isTrue();
        orders.changeStatus(id, OrderStatus.PROCESSING, OrderStatus.SHIPPED, "admin:admin", null);

        assertThat(recorder.placingsOf(id)).singleElement()
                .satisfies(placed -> assertThat(placed.total()).isEqualTo(Money.of(12_900, "NOK")));
        List<OrderStatusChanged> changes = recorder.statusChangesOf(id);
        assertThat(changes).extracting(OrderStatusChanged::from, OrderStatusChanged::to, OrderStatusChanged::actor)
                .containsExactly(
                        tuple(OrderStatus.PENDING_PAYMENT, OrderStatus.PROCESSING, "payment:test-wallet"),
                        tuple(OrderStatus.PROCESSING, OrderStatus.SHIPPED, "admin:admin"));
        assertThat(orders.find(id).orElseThrow().history()).extracting(StatusChangeView::toStatus)
                .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.PROCESSING, OrderStatus.SHIPPED);
    }

    @Test
    void aChangeRolledBackWithTheCallersTransactionPublishesNothingAndStoresNothing() {
        long id = orders.place(newOrder()).id();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            orders.changeStatus(id, OrderStatus.CANCELLED, "system", "rolled back");
            status.setRollbackOnly();
        });

        assertThat(recorder.statusChangesOf(id)).isEmpty();
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(orders.find(id).orElseThrow().history()).hasSize(1);
    }

    @Test
    void reportingTheStatusAnOrderAlreadyHasChangesNothingAndPublishesNothing() {
        long id = orders.place(newOrder()).id();
        orders.changeStatus(id, OrderStatus.PROCESSING, "payment:test-wallet", null);

        boolean changed = orders.changeStatus(id, OrderStatus.PROCESSING, "payment:test-wallet", null);

        assertThat(changed).isFalse();
        assertThat(recorder.statusChangesOf(id)).hasSize(1);
        assertThat(orders.find(id).orElseThrow().history()).hasSize(2);
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsRefusedAndPublishesNothing() {
        long id = orders.place(newOrder()).id();
        orders.changeStatus(id, OrderStatus.CANCELLED, "admin:admin", null);

        assertThatThrownBy(() -> orders.changeStatus(id, OrderStatus.PROCESSING, "payment:test-wallet", null))
                .isInstanceOf(IllegalStatusChange.class);
        assertThat(recorder.statusChangesOf(id)).extracting(OrderStatusChanged::to).containsExactly(OrderStatus.CANCELLED);
    }

    private static NewOrder newOrder() {
        NewOrderLine line = new NewOrderLine(1, "HOME-001", "Fjord wool blanket", 1, Money.of(12_900, "NOK"), 2500,
                true, 1400);
        return new NewOrder(List.of(line), Currency.getInstance("NOK"), "NO", Locale.ENGLISH, "test-wallet",
                null, null, null, "shopper");
    }
}
