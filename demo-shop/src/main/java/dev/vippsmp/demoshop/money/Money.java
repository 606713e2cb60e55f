package dev.vippsmp.demoshop.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in minor units (øre, cents) with its currency. Prices in the shop include VAT, as Nordic consumer
 * prices do; {@link #vatIncluded(int)} takes the VAT share back out of such a price.
 */
public record Money(long minor, Currency currency) {

    private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public boolean isAtLeast(Money other) {
        requireSameCurrency(other);
        return minor >= other.minor;
    }

    public boolean isZero() {
        return minor == 0;
    }

    /** The VAT contained in this VAT-inclusive amount at the given rate (2500 = 25 %), rounded half up. */
    public Money vatIncluded(int vatRateBasisPoints) {
        if (vatRateBasisPoints < 0) {
            throw new IllegalArgumentException("A VAT rate cannot be negative: " + vatRateBasisPoints);
        }
        BigDecimal gross = BigDecimal.valueOf(minor);
        BigDecimal rate = BigDecimal.valueOf(vatRateBasisPoints);
        BigDecimal vat = gross.multiply(rate).divide(BASIS_POINTS.add(rate), 0, RoundingMode.HALF_UP);
        return new Money(vat.longValueExact(), currency);
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return minor + " " + currency.getCurrencyCode() + " (minor units)";
    }
}
