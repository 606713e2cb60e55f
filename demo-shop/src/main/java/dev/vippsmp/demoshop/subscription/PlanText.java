package dev.vippsmp.demoshop.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A plan's name (at most 45 characters, as the app shows it) and description in one language. */
@Embeddable
class PlanText {

    @Column(name = "name", nullable = false, length = 45)
    private String name;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    protected PlanText() {
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }
}
