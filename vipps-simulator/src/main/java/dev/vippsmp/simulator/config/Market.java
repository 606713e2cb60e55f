package dev.vippsmp.simulator.config;

import java.time.Duration;

/**
 * A sales unit's market: its currency, the brand its customers see, and the vendor's rules that differ per market.
 */
public enum Market {

    NO("NOK", "Vipps", 100, Duration.ofDays(180)),
    DK("DKK", "MobilePay", 1, Duration.ofDays(14)),
    FI("EUR", "MobilePay", 1, Duration.ofDays(14));

    private final String currency;
    private final String brand;
    private final long minimumAmount;
    private final Duration captureDeadline;

    Market(String currency, String brand, long minimumAmount, Duration captureDeadline) {
        this.currency = currency;
        this.brand = brand;
        this.minimumAmount = minimumAmount;
        this.captureDeadline = captureDeadline;
    }

    public String currency() {
        return currency;
    }

    public String brand() {
        return brand;
    }

    /** The smallest payment, in minor units: NOK 100 øre, DKK 1 øre, EUR 1 cent. */
    public long minimumAmount() {
        return minimumAmount;
    }

    /** How long after authorization a capture is allowed: 180 days in Norway, 14 days in Denmark and Finland. */
    public Duration captureDeadline() {
        return captureDeadline;
    }
}
