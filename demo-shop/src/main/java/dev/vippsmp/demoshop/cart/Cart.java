package dev.vippsmp.demoshop.cart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A shopper's cart: products and quantities only. Prices are always read from the catalogue, never stored here. */
@Entity
@Table(name = "cart")
class Cart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CartLine> lines = new ArrayList<>();

    protected Cart() {
    }

    Cart(String token, Instant now) {
        this.token = token;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String token() {
        return token;
    }

    List<CartLine> lines() {
        return lines;
    }

    Optional<CartLine> line(long lineId) {
        return lines.stream().filter(line -> line.id() != null && line.id() == lineId).findFirst();
    }

    Optional<CartLine> lineFor(long productId) {
        return lines.stream().filter(line -> line.productId() == productId).findFirst();
    }

    void addLine(long productId, int quantity, Instant now) {
        int position = lines.stream().mapToInt(CartLine::position).max().orElse(0) + 1;
        lines.add(new CartLine(this, productId, quantity, position));
        touch(now);
    }

    void removeLine(CartLine line, Instant now) {
        lines.remove(line);
        touch(now);
    }

    void touch(Instant now) {
        updatedAt = now;
    }
}
