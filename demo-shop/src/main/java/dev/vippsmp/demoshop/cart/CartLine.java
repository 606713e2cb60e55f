package dev.vippsmp.demoshop.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "cart_line")
class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id", nullable = false)
    private Cart cart;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false)
    private int position;

    protected CartLine() {
    }

    CartLine(Cart cart, long productId, int quantity, int position) {
        this.cart = cart;
        this.productId = productId;
        this.quantity = quantity;
        this.position = position;
    }

    Long id() {
        return id;
    }

    long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }

    int position() {
        return position;
    }

    void quantity(int quantity) {
        this.quantity = quantity;
    }
}
