package dev.vippsmp.demoshop.market;

/** Which VAT rate applies to a product; each market maps the classes to its own rates. */
public enum TaxClass {
    /** The general rate. */
    STANDARD,
    /** Food and drink (reduced in Norway and Finland). */
    FOOD,
    /** Books and e-books (zero in Norway, reduced in Finland). */
    BOOKS,
    /** Outside VAT when sold, such as multi-purpose gift cards. */
    EXEMPT
}
