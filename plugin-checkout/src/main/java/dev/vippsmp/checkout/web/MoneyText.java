package dev.vippsmp.checkout.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Money as the shopper reads it: minor units in the currency's notation for the reader's language and the
 * market's country ("kr 1 299,00" in Norwegian, "NOK 1,299.00" in English). Templates reach it as
 * {@code @vippsMoney}.
 */
public class MoneyText {

    private static final Pattern CODE_AGAINST_DIGITS = Pattern.compile("^(-?[A-Z]{3})(?=\\d)");

    /** The shopper's language with the country the currency belongs to, so separators follow the market. */
    public String format(long minor, String currencyCode, Locale language) {
        Currency currency = Currency.getInstance(currencyCode);
        Locale locale = new Locale.Builder().setLanguage(language.getLanguage()).setRegion(country(currencyCode))
                .build();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        String text = format.format(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()));
        // English puts the ISO code straight against the digits ("NOK79.00"); a space reads better.
        return CODE_AGAINST_DIGITS.matcher(text).replaceFirst("$1\u00a0");
    }

    /** A quantity without trailing zeros: 2, or 1.5 for goods sold by weight. */
    public String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static String country(String currencyCode) {
        return switch (currencyCode) {
            case "DKK" -> "DK";
            case "EUR" -> "FI";
            default -> "NO";
        };
    }
}
