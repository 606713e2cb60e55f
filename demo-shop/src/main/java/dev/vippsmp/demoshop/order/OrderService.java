package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.web.SecretTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way orders are stored and changed. Status changes are guarded twice: by {@link OrderStatus#next} and by
 * the order's version column, so two concurrent changes (an admin and a payment callback, two nodes) cannot both
 * apply to the same state. Every change is kept in the order's history and published as an
 * {@link OrderStatusChanged} event.
 */
@Service
public class OrderService {

    private static final int ATTEMPTS = 3;

    private final OrderRepository orders;
    private final OrderMapper mapper;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderService(OrderRepository orders, OrderMapper mapper, ApplicationEventPublisher events,
                 PlatformTransactionManager transactionManager, Clock clock) {
        this.orders = orders;
        this.mapper = mapper;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Stores a new order as {@link OrderStatus#PENDING_PAYMENT}. */
    @Transactional
    public PlacedOrder place(NewOrder newOrder) {
        Order order = orders.save(new Order(newOrder, SecretTokens.newToken(), clock.instant()));
        events.publishEvent(new OrderPlaced(order.getId(), order.getTotal(), order.getPaymentMethod()));
        return new PlacedOrder(order.getId(), order.getToken(), order.getTotal());
    }

    /**
     * Moves an order to a status, whatever it is now, if that move is allowed. Asking for the status it already
     * has changes nothing, so a payment callback and a return page can both report the same outcome safely.
     *
     * @return true when the order changed, false when it already had that status
     * @throws IllegalStatusChange when the move is not allowed from the current status
     */
    public boolean changeStatus(long orderId, OrderStatus to, String actor, String note) {
        return retryOnConflict(orderId, () -> {
            Order order = load(orderId);
            if (order.getStatus() == to) {
                return false;
            }
            apply(order, to, actor, note);
            return true;
        });
    }

    /**
     * Moves an order from the status the caller saw to another, as an admin's form does.
     *
     * @throws ConcurrentOrderChange when the order no longer has the status the caller saw
     * @throws IllegalStatusChange   when the move is not allowed
     */
    public void changeStatus(long orderId, OrderStatus expectedFrom, OrderStatus to, String actor, String note) {
        retryOnConflict(orderId, () -> {
            Order order = load(orderId);
            if (order.getStatus() != expectedFrom) {
                throw new ConcurrentOrderChange(orderId, "it is " + order.getStatus() + ", not " + expectedFrom);
            }
            apply(order, to, actor, note);
            return true;
        });
    }

    /** Sets the buyer of an order waiting for payment, as reported by an express checkout. */
    @Transactional
    public void attachBuyer(long orderId, Buyer buyer) {
        attachBuyer(orderId, buyer, null);
    }

    /**
     * Sets the buyer of an order waiting for payment and, for an order with nothing to ship, the buyer's own
     * address, as reported by an express checkout that asked for one.
     */
    @Transactional
    public void attachBuyer(long orderId, Buyer buyer, BuyerAddress address) {
        Order order = loadPending(orderId);
        order.attachBuyer(buyer, address, clock.instant());
    }

    /**
     * Sets the address and shipping of an order waiting for payment, as chosen in an express checkout; the order's
     * totals then include the shipping.
     */
    @Transactional
    public OrderView attachDelivery(long orderId, DeliveryAddress address, ShippingLine shipping) {
        Order order = loadPending(orderId);
        order.attachDelivery(address, shipping, clock.instant());
        return mapper.toView(orders.saveAndFlush(order));
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> find(long orderId) {
        return orders.findWithLines(orderId).map(mapper::toView);
    }

    /**
     * The order with an empty {@link OrderView#history()}, for readers that never look at it (a payment reading
     * what the order is for and where its status may go), in one statement instead of two.
     */
    @Transactional(readOnly = true)
    public Optional<OrderView> findWithoutHistory(long orderId) {
        return orders.findWithLines(orderId).map(mapper::toViewWithoutHistory);
    }

    /**
     * The order, only if the token is the one in the buyer's link; without its history, which the buyer's page does
     * not show.
     */
    @Transactional(readOnly = true)
    public Optional<OrderView> findForBuyer(long orderId, String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return orders.findWithLines(orderId)
                .filter(order -> SecretTokens.matches(order.getToken(), token))
                .map(mapper::toViewWithoutHistory);
    }

    /**
     * A customer's orders, newest first: those placed with their email or phone number. A null value matches
     * nothing (not the orders without one), so a customer without a phone number sees the orders of their email.
     */
    @Transactional(readOnly = true)
    public java.util.List<CustomerOrder> listForCustomer(String email, String phone) {
        if (email == null && phone == null) {
            return java.util.List.of();
        }
        return orders.findByBuyerEmailIgnoreCaseOrBuyerPhoneOrderByCreatedAtDesc(
                        email == null ? "" : email, phone == null ? "" : phone).stream()
                .map(order -> new CustomerOrder(order.getId(), order.getStatus(), order.getCreatedAt(),
                        order.getTotal(), OrderLinks.buyerPath(order.getId(), order.getToken())))
                .toList();
    }

    /** Orders, newest first, of one status or (status null) of all. */
    @Transactional(readOnly = true)
    public Page<OrderSummary> list(OrderStatus status, Pageable pageable) {
        Page<Order> page = status == null ? orders.findAll(pageable) : orders.findByStatus(status, pageable);
        return page.map(mapper::toSummary);
    }

    private void apply(Order order, OrderStatus to, String actor, String note) {
        Instant now = clock.instant();
        OrderStatusChanged change = order.changeStatus(to, actor, note, now);
        orders.saveAndFlush(order);
        events.publishEvent(change);
    }

    private Order load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new OrderNotFound(orderId));
    }

    private Order loadPending(long orderId) {
        Order order = load(orderId);
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT) {
            throw new ConcurrentOrderChange(orderId, "it is " + order.getStatus() + ", no longer waiting for payment");
        }
        return order;
    }

    /**
     * Runs a change in a transaction of its own, again after a version conflict, so that the loser of a race sees
     * the winner's result. Inside a caller's transaction (a plugin applying a payment outcome) it runs once and
     * joins it: a conflict then rolls back the caller's work too, which is what the caller wants.
     */
    private boolean retryOnConflict(long orderId, Supplier<Boolean> change) {
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return Boolean.TRUE.equals(transaction.execute(status -> change.get()));
            } catch (OptimisticLockingFailureException e) {
                if (attempt == attempts) {
                    throw new ConcurrentOrderChange(orderId, "it changed at the same time (" + attempt + " attempts)");
                }
            }
        }
    }
}
