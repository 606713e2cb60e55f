package dev.vippsmp.simulator.epayment;

/** An amount in minor units (øre, cents) with its currency: {@code {"currency":"NOK","value":1000}} is NOK 10.00. */
public record Money(String currency, long value) {

    public Money plus(long minorUnits) {
        return new Money(currency, value + minorUnits);
    }

    public Money withValue(long minorUnits) {
        return new Money(currency, minorUnits);
    }

    /** For people: {@code NOK 10.00}. */
    public String display() {
        long whole = Math.abs(value) / 100;
        long fraction = Math.abs(value) % 100;
        return currency + " " + (value < 0 ? "-" : "") + whole + "." + (fraction < 10 ? "0" : "") + fraction;
    }
}
