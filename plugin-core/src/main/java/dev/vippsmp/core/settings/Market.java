package dev.vippsmp.core.settings;

/** The sales unit's market, which fixes the brand and the only currency the vendor accepts for it. */
public enum Market {
    NO(Brand.VIPPS, "NOK", 100), DK(Brand.MOBILEPAY, "DKK", 1), FI(Brand.MOBILEPAY, "EUR", 1);

    /**
     * The largest payment the vendor accepts, in minor units, the same number in every market (NOK, DKK or EUR
     * 650 000.00). The checkout offers the method and the payment service starts a payment only up to this.
     */
    public static final long MAXIMUM_AMOUNT = 65_000_000L;

    private final Brand brand;
    private final String currency;
    private final long minimumAmount;

    Market(Brand brand, String currency, long minimumAmount) {
        this.brand = brand;
        this.currency = currency;
        this.minimumAmount = minimumAmount;
    }

    public Brand brand() {
        return brand;
    }

    public String currency() {
        return currency;
    }

    /** The smallest payment the vendor accepts, in minor units (NOK 1.00, DKK 0.01, EUR 0.01). */
    public long minimumAmount() {
        return minimumAmount;
    }
}
