package dev.vippsmp.admin.web;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Money, times and numbers as the admin's language writes them; templates use it as {@code ${vippsFormat}}. Money
 * is always minor units with its currency beside it.
 */
public final class AdminFormats {

    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    public AdminFormats(MessageSource messages, ZoneId zone, Clock clock) {
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    /** E.g. "NOK 1,299.00" in English, "NOK 1 299,00" in Norwegian. */
    public String money(long minor, String currency) {
        Currency unit = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        return currency + "\u00a0" + format.format(BigDecimal.valueOf(minor, unit.getDefaultFractionDigits()));
    }

    /** An amount as an admin would type it, without grouping: "1299.00", or "1299,00" in Norwegian. */
    public String amountInput(long minor, String currency) {
        String plain = BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits())
                .toPlainString();
        char separator = DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator();
        return plain.replace('.', separator);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(zone).format(instant);
    }

    /** A calendar day, e.g. a subscription's next due date: "7 Dec 2026" in English, "7. des. 2026" in Norwegian. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(date);
    }

    /** How long ago, in the largest whole unit: "just now", "5 min", "3 h", "12 d". */
    public String age(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, clock.instant());
        if (age.toMinutes() < 1) {
            return text("vipps.admin.age.now");
        }
        if (age.toHours() < 1) {
            return text("vipps.admin.age.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return text("vipps.admin.age.hours", age.toHours());
        }
        return text("vipps.admin.age.days", age.toDays());
    }

    /** A fraction as a percentage with one decimal: 0.125 is "12.5%". */
    public String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A setting's value as the change history shows it: yes or no, the value, or "(default)" when unset. */
    public String settingValue(String value) {
        if (value == null) {
            return text("vipps.admin.history.default");
        }
        return switch (value) {
            case "true" -> text("vipps.admin.yes");
            case "false" -> text("vipps.admin.no");
            default -> value;
        };
    }

    /** A text of the plugin's bundle with its arguments, in the admin's language. */
    public String message(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private String text(String key, Object... arguments) {
        return message(key, arguments);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
