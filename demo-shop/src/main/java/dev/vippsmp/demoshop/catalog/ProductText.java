package dev.vippsmp.demoshop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product's name and description in one language. */
@Embeddable
class ProductText {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    protected ProductText() {
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }
}
