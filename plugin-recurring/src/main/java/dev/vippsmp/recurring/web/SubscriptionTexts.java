package dev.vippsmp.recurring.web;

import dev.vippsmp.recurring.Subscription;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * A subscription's price, dates and last failure as the subscriber reads them, in the page's language. The subscriber
 * fragment reaches it as {@code @vippsSubscriptionTexts}. The module formats money itself because it depends on the
 * core only, not on the checkout's pages.
 */
public class SubscriptionTexts {

    private static final Pattern CODE_AGAINST_DIGITS = Pattern.compile("^(-?[A-Z]{3})(?=\\d)");

    private final MessageSource messages;

    public SubscriptionTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** E.g. "kr 99,00 per måned", "NOK 99.00 every 3 months". */
    public String price(Subscription subscription, Locale language) {
        return messages.getMessage("vipps.recurring.interval." + subscription.intervalUnit(),
                new Object[] {money(subscription.price(), subscription.currency(), language),
                        subscription.intervalCount()}, language);
    }

    /** The price of one period in the currency's notation for the reader's language and the currency's country. */
    public String money(long minor, String currencyCode, Locale language) {
        Currency currency = Currency.getInstance(currencyCode);
        Locale locale = new Locale.Builder().setLanguage(language.getLanguage()).setRegion(country(currencyCode))
                .build();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        String text = format.format(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()));
        // English puts the ISO code straight against the digits ("NOK99.00"); a space reads better.
        return CODE_AGAINST_DIGITS.matcher(text).replaceFirst("$1\u00a0");
    }

    /** A date in the reader's long form: "7 January 2027", "7. januar 2027". */
    public String date(LocalDate date, Locale language) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(date);
    }

    /** Why the last charge failed, in words for the subscriber; empty when it did not. */
    public String failure(Subscription subscription, Locale language) {
        return subscription.lastFailureReason() == null ? ""
                : messages.getMessage("vipps.recurring.failure." + subscription.lastFailureReason(), null, language);
    }

    private static String country(String currencyCode) {
        return switch (currencyCode) {
            case "DKK" -> "DK";
            case "EUR" -> "FI";
            default -> "NO";
        };
    }
}
