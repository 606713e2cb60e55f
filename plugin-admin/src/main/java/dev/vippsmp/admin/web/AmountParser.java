package dev.vippsmp.admin.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount an admin typed in major units ("500", "500,50", "1 299.00") into minor units of the currency,
 * strictly: digits, spaces only as thousands separators between groups of three, one decimal comma or point, no
 * more decimals than the currency has. Anything else ("1,000" in NOK is one krone and three decimals, "1e3", "-5",
 * "kr 10") is refused rather than guessed at, because a guess here moves real money. Every admin form that moves
 * money reads its amount here (the payments' capture and refund, a subscription's refund).
 */
public final class AmountParser {

    /** The vendor's largest amount, in minor units. */
    public static final long MAX_MINOR = 65_000_000L;
    private static final int MAX_LENGTH = 32;
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+)(?:[.,](\\d+))?");

    private AmountParser() {
    }

    /** @throws InvalidAmount naming what is wrong */
    public static long minorUnits(String typed, String currency) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidAmount("empty");
        }
        String text = typed.strip();
        Matcher matcher = AMOUNT.matcher(text);
        if (text.length() > MAX_LENGTH || !matcher.matches()) {
            throw new InvalidAmount("not-a-number");
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        String fraction = matcher.group(2) == null ? "" : matcher.group(2);
        if (fraction.length() > digits) {
            throw new InvalidAmount("too-many-decimals");
        }
        BigDecimal major = new BigDecimal(matcher.group(1).replaceAll("[ \\u00a0\\u202f]", "")
                + (fraction.isEmpty() ? "" : "." + fraction));
        BigDecimal minor = major.movePointRight(digits);
        if (minor.signum() == 0) {
            throw new InvalidAmount("zero");
        }
        if (minor.compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            throw new InvalidAmount("too-large");
        }
        return minor.longValueExact();
    }

    /** A typed amount that is not one; {@link #problem()} is the message key's last part. */
    public static final class InvalidAmount extends RuntimeException {

        private final String problem;

        InvalidAmount(String problem) {
            super("Invalid amount: " + problem);
            this.problem = problem;
        }

        /** The message key's last part: {@code vipps.admin.amount.<problem>} in the admin's bundle. */
        public String problem() {
            return problem;
        }
    }
}
