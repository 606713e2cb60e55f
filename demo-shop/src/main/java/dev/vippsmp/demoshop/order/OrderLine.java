package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of an order, as sold: name, quantity and price copied from the catalogue at the time. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;

    @Column(nullable = false)
    private int position;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Column(name = "vat_rate_bp", nullable = false)
    private int vatRate;

    @Column(name = "line_total_minor", nullable = false)
    private long lineTotalMinor;

    @Column(name = "vat_minor", nullable = false)
    private long vatMinor;

    @Column(nullable = false)
    private boolean ships;

    @Column(name = "unit_weight_grams", nullable = false)
    private int unitWeightGrams;

    protected OrderLine() {
    }

    OrderLine(Order order, int position, NewOrderLine line) {
        this.order = order;
        this.position = position;
        this.productId = line.productId();
        this.sku = line.sku();
        this.name = line.name();
        this.quantity = line.quantity();
        this.unitPriceMinor = line.unitPrice().minor();
        this.vatRate = line.vatRate();
        Money total = line.unitPrice().times(line.quantity());
        this.lineTotalMinor = total.minor();
        this.vatMinor = total.vatIncluded(line.vatRate()).minor();
        this.ships = line.ships();
        this.unitWeightGrams = line.unitWeightGrams();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public long getProductId() {
        return productId;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getUnitPrice() {
        return Money.of(unitPriceMinor, order.getCurrencyCode());
    }

    /** In basis points. */
    public int getVatRate() {
        return vatRate;
    }

    public Money getLineTotal() {
        return Money.of(lineTotalMinor, order.getCurrencyCode());
    }

    public Money getVat() {
        return Money.of(vatMinor, order.getCurrencyCode());
    }

    public boolean isShips() {
        return ships;
    }

    public int getUnitWeightGrams() {
        return unitWeightGrams;
    }
}
