package dev.vippsmp.demoshop.i18n;

import dev.vippsmp.demoshop.market.Market;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Shows instants in the shop's time zone and the reader's language: {@code ${@dates.format(order.createdAt())}}. */
@Component("dates")
public class DateFormat {

    private final Market market;

    DateFormat(Market market) {
        this.market = market;
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = market.formattingLocale(LocaleContextHolder.getLocale());
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(market.zone())
                .format(instant);
    }
}
