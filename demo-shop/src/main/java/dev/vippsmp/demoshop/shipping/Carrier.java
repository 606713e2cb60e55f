package dev.vippsmp.demoshop.shipping;

/** The postal companies the shop sends with; the names match the carrier brands of the Express API. */
public enum Carrier {
    POSTEN("Posten"),
    POSTNORD("PostNord"),
    POSTI("Posti");

    private final String displayName;

    Carrier(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
