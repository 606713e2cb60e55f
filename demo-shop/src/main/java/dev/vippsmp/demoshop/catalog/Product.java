package dev.vippsmp.demoshop.catalog;

import dev.vippsmp.demoshop.market.TaxClass;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** A product in the catalogue, with its texts per language and its VAT-inclusive prices per currency. */
@Entity
@Table(name = "product")
class Product {

    static final String FALLBACK_LANGUAGE = "en";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, unique = true, length = 40)
    private String sku;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_class", nullable = false, length = 20)
    private TaxClass taxClass;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(nullable = false, length = 120)
    private String image;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "product_text", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, ProductText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "currency", length = 3)
    @Column(name = "amount_minor", nullable = false)
    private Map<String, Long> prices = new HashMap<>();

    protected Product() {
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String sku() {
        return sku;
    }

    ProductKind kind() {
        return kind;
    }

    TaxClass taxClass() {
        return taxClass;
    }

    int weightGrams() {
        return weightGrams;
    }

    String image() {
        return image;
    }

    Map<String, ProductText> texts() {
        return texts;
    }

    Map<String, Long> prices() {
        return prices;
    }
}
