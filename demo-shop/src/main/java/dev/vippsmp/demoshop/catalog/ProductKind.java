package dev.vippsmp.demoshop.catalog;

/** What sort of thing a product is; only physical goods are shipped, the rest reach the buyer by email. */
public enum ProductKind {
    PHYSICAL(true),
    EBOOK(false),
    GIFT_CARD(false),
    TICKET(false),
    DOWNLOAD(false);

    private final boolean ships;

    ProductKind(boolean ships) {
        this.ships = ships;
    }

    public boolean ships() {
        return ships;
    }
}
