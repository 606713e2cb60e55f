package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A placed order: its lines, shipping and totals as sold, the buyer, the payment method, and every status it has
 * had. Its totals always equal the sum of its lines and shipping; its status only moves along
 * {@link OrderStatus#next}, and each move is kept in the history.
 */
@Entity
@Table(name = "shop_order")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "market_country", nullable = false, length = 2)
    private String marketCountry;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "payment_method", nullable = false, length = 40)
    private String paymentMethod;

    @Embedded
    private Buyer buyer;

    @Embedded
    private BuyerAddress buyerAddress;

    @Embedded
    private DeliveryAddress deliveryAddress;

    @Embedded
    private ShippingLine shipping;

    @Column(name = "items_total_minor", nullable = false)
    private long itemsTotalMinor;

    @Column(name = "shipping_total_minor", nullable = false)
    private long shippingTotalMinor;

    @Column(name = "vat_total_minor", nullable = false)
    private long vatTotalMinor;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<OrderStatusChange> history = new ArrayList<>();

    protected Order() {
    }

    Order(NewOrder order, String token, Instant now) {
        this.token = token;
        this.status = OrderStatus.PENDING_PAYMENT;
        this.marketCountry = order.marketCountry();
        this.currency = order.currency().getCurrencyCode();
        this.language = order.locale().getLanguage();
        this.paymentMethod = order.paymentMethodId();
        this.buyer = order.buyer();
        this.deliveryAddress = order.deliveryAddress();
        this.shipping = order.shipping();
        for (NewOrderLine line : order.lines()) {
            lines.add(new OrderLine(this, lines.size() + 1, line));
        }
        this.createdAt = now;
        this.updatedAt = now;
        recalculateTotals();
        history.add(new OrderStatusChange(this, null, status, now, order.placedBy(), null));
    }

    /**
     * Moves to another status and records who did it.
     *
     * @throws IllegalStatusChange when {@link OrderStatus#next} does not allow the move
     */
    OrderStatusChanged changeStatus(OrderStatus to, String actor, String note, Instant now) {
        if (!getAllowedNextStatuses().contains(to)) {
            throw new IllegalStatusChange(id, status, to);
        }
        OrderStatus from = status;
        status = to;
        updatedAt = now;
        history.add(new OrderStatusChange(this, from, to, now, actor, note));
        return new OrderStatusChanged(id, from, to, actor, note, now);
    }

    void attachBuyer(Buyer buyer, BuyerAddress address, Instant now) {
        if (address != null && isShips()) {
            throw new IllegalArgumentException("Order " + id + " ships: its address is the delivery address");
        }
        this.buyer = buyer;
        this.buyerAddress = address;
        this.updatedAt = now;
    }

    void attachDelivery(DeliveryAddress address, ShippingLine shipping, Instant now) {
        if (!isShips()) {
            throw new IllegalArgumentException("Order " + id + " has nothing to ship");
        }
        this.deliveryAddress = address;
        this.shipping = shipping;
        this.updatedAt = now;
        recalculateTotals();
    }

    private void recalculateTotals() {
        long items = 0;
        long vat = 0;
        for (OrderLine line : lines) {
            items = Math.addExact(items, line.getLineTotal().minor());
            vat = Math.addExact(vat, line.getVat().minor());
        }
        long shippingPrice = 0;
        if (shipping != null && shipping.priceMinor() != null) {
            shippingPrice = shipping.priceMinor();
            vat = Math.addExact(vat, Money.of(shippingPrice, currency).vatIncluded(shipping.vatRate()).minor());
        }
        itemsTotalMinor = items;
        shippingTotalMinor = shippingPrice;
        vatTotalMinor = vat;
        totalMinor = Math.addExact(items, shippingPrice);
    }

    public Long getId() {
        return id;
    }

    /** The secret in the buyer's link to this order; never shown to anyone else. */
    public String getToken() {
        return token;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Set<OrderStatus> getAllowedNextStatuses() {
        return status.next(isShips());
    }

    public String getMarketCountry() {
        return marketCountry;
    }

    public String getCurrencyCode() {
        return currency;
    }

    public String getLanguage() {
        return language;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public Buyer getBuyer() {
        return buyer;
    }

    public BuyerAddress getBuyerAddress() {
        return buyerAddress;
    }

    public DeliveryAddress getDeliveryAddress() {
        return deliveryAddress;
    }

    public ShippingLine getShipping() {
        return shipping;
    }

    /** Whether any line is sent by post. */
    public boolean isShips() {
        return lines.stream().anyMatch(OrderLine::isShips);
    }

    public Money getItemsTotal() {
        return Money.of(itemsTotalMinor, currency);
    }

    public Money getShippingTotal() {
        return Money.of(shippingTotalMinor, currency);
    }

    public Money getVatTotal() {
        return Money.of(vatTotalMinor, currency);
    }

    public Money getTotal() {
        return Money.of(totalMinor, currency);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderStatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
