package dev.vippsmp.demoshop.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import dev.vippsmp.demoshop.market.Market;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats amounts for people in the current request's language and the shop's country: {@code kr 1 299,00} in
 * Norwegian, {@code NOK 1,299.00} in English. Templates call it as {@code ${@money.format(price)}}.
 */
@Component("money")
public class MoneyFormat {

    private static final Pattern CODE_AGAINST_DIGITS = Pattern.compile("^(-?[A-Z]{3})(?=\\d)");

    private final Market market;

    MoneyFormat(Market market) {
        this.market = market;
    }

    public String format(Money money) {
        return money == null ? "" : format(money.minor(), money.currency());
    }

    public String format(long minor, String currencyCode) {
        return format(minor, Currency.getInstance(currencyCode));
    }

    /** A VAT rate given in basis points, e.g. 2500 as {@code 25 %} or {@code 25%}. */
    public String percent(int basisPoints) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(basisPoints / 10_000.0);
    }

    private String format(long minor, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        String text = format.format(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()));
        // English puts an ISO code straight against the digits ("NOK1,299.00"); a space reads better.
        return CODE_AGAINST_DIGITS.matcher(text).replaceFirst("$1\u00a0");
    }

    private Locale locale() {
        return market.formattingLocale(LocaleContextHolder.getLocale());
    }
}
