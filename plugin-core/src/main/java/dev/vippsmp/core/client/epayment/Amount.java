package dev.vippsmp.core.client.epayment;

/** Money in minor units (10.00 NOK is 1000) with its currency code. */
public record Amount(String currency, long value) {

    public static Amount of(long value, String currency) {
        return new Amount(currency, value);
    }
}
