package dev.vippsmp.simulator.recurring;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.http.UrlPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Validates the Recurring v3 request bodies field by field, as {@code recurring-v3.yaml} defines them: required
 * fields, lengths, patterns, enums and amounts, each mistake a 400 naming the field.
 */
@Component
class RecurringRequests {

    static final Pattern CHARGE_ID = Pattern.compile("^[a-zA-Z0-9-]{1,50}$");
    static final Set<String> SCOPES = Set.of("name", "address", "email", "phoneNumber", "birthDate", "nin");
    static final Set<String> UNITS = Set.of("YEAR", "MONTH", "WEEK", "DAY");
    static final Set<String> TRANSACTION_TYPES = Set.of(Charge.DIRECT_CAPTURE, Charge.RESERVE_CAPTURE);
    /** The spec's {@code format: int32} amounts. */
    static final long MAX_AMOUNT = Integer.MAX_VALUE;
    static final long MAX_SUGGESTED = 2_000_000;
    static final int MAX_RETRY_DAYS = 14;
    private static final Pattern PHONE = Pattern.compile("^\\d{1,15}$");

    private final UrlPolicy urls;

    RecurringRequests(UrlPolicy urls) {
        this.urls = urls;
    }

    DraftAgreement draft(Fields body, SalesUnit unit) {
        Pricing pricing = pricing(body.requiredObject("pricing", null), unit);
        Interval interval = interval(body, "interval", true);
        boolean isApp = Boolean.TRUE.equals(body.bool("isApp"));
        String redirect = url(body, "merchantRedirectUrl", true, true);
        String agreementUrl = url(body, "merchantAgreementUrl", true, false);
        String productName = text(body, "productName", 1, 45, true);
        String productDescription = text(body, "productDescription", 1, 100, false);
        String phone = body.text("phoneNumber", null);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw ApiProblem.invalid(null, "phoneNumber", "must be at most 15 digits (MSISDN, e.g. 4791234567)");
        }
        List<String> scopes = scopes(body.text("scope", null));
        InitialCharge initial = initialCharge(body.object("initialCharge", null), unit);
        String externalId = text(body, "externalId", 1, 64, false);
        String countryCode = body.text("countryCode", null);
        if (countryCode != null && !countryCode.matches("^[A-Z]{2}$")) {
            throw ApiProblem.invalid(null, "countryCode", "must be two capital letters (ISO 3166)");
        }
        body.bool("skipLandingPage");
        return new DraftAgreement(pricing, interval, redirect, agreementUrl, productName, productDescription, phone,
                scopes, initial, externalId, countryCode == null ? "NO" : countryCode, isApp);
    }

    /** A validated {@code CreateChargeV3}. */
    record NewCharge(long amount, String transactionType, String description, LocalDate due, int retryDays,
            String type, String orderId, String externalId) {
    }

    NewCharge charge(Fields body, SalesUnit unit) {
        long amount = amount(body, "amount", unit);
        String transactionType = transactionType(body);
        String description = text(body, "description", 1, 45, true);
        String dueText = body.requiredText("due", null);
        LocalDate due;
        try {
            due = LocalDate.parse(dueText);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(null, "due", "must be a date written YYYY-MM-DD");
        }
        long retryDays = body.requiredInteger("retryDays", null);
        if (retryDays < 0 || retryDays > MAX_RETRY_DAYS) {
            throw ApiProblem.invalid(null, "retryDays", "must be between 0 and " + MAX_RETRY_DAYS);
        }
        String type = body.text("type", null);
        if (type == null) {
            type = RecurringService.RECURRING;
        } else if (!type.equals(RecurringService.RECURRING) && !type.equals(RecurringService.UNSCHEDULED)) {
            throw ApiProblem.invalid(null, "type", "must be RECURRING or UNSCHEDULED");
        }
        String orderId = body.text("orderId", null);
        if (orderId != null && !CHARGE_ID.matcher(orderId).matches()) {
            throw ApiProblem.invalid(null, "orderId", "must match ^[a-zA-Z0-9-]{1,50}$");
        }
        return new NewCharge(amount, transactionType, description, due, (int) retryDays, type, orderId,
                text(body, "externalId", 1, 64, false));
    }

    /** The {@code amount} and {@code description} of a capture or a refund. */
    record Adjustment(long amount, String description) {
    }

    Adjustment adjustment(Fields body, SalesUnit unit) {
        return new Adjustment(amount(body, "amount", unit), text(body, "description", 1, 100, true));
    }

    Pricing pricing(Fields pricing, SalesUnit unit) {
        String type = pricing.text("type", null);
        if (type == null) {
            type = Pricing.LEGACY;
        }
        if (!type.equals(Pricing.LEGACY) && !type.equals(Pricing.VARIABLE)) {
            throw ApiProblem.invalid(null, "pricing.type", "must be LEGACY or VARIABLE");
        }
        String currency = pricing.requiredText("currency", null);
        if (!currency.equals(unit.currency())) {
            throw ApiProblem.invalid(null, "pricing.currency", "must be " + unit.currency()
                    + ", the currency of sales unit " + unit.msn() + " (market " + unit.market() + ")");
        }
        if (type.equals(Pricing.LEGACY)) {
            return new Pricing(type, currency, amount(pricing, "amount", unit), null, null);
        }
        return new Pricing(type, currency, null, suggested(pricing, unit), null);
    }

    long suggested(Fields fields, SalesUnit unit) {
        long value = fields.requiredInteger("suggestedMaxAmount", null);
        long minimum = unit.market().minimumAmount();
        if (value < minimum || value > MAX_SUGGESTED) {
            throw ApiProblem.invalid(null, fields.path("suggestedMaxAmount"),
                    "must be between " + minimum + " and " + MAX_SUGGESTED);
        }
        return value;
    }

    /** The draft's {@code TimePeriod}, or the newer {@code {type: RECURRING, period: TimePeriod}}. */
    Interval interval(Fields body, String field, boolean required) {
        Fields interval = required ? body.requiredObject(field, null) : body.object(field, null);
        if (interval == null) {
            return null;
        }
        if (interval.has("period") || interval.has("type")) {
            String type = interval.text("type", null);
            if (type != null && !type.equals("RECURRING")) {
                throw ApiProblem.invalid(null, interval.path("type"), "must be RECURRING");
            }
            interval = interval.requiredObject("period", null);
        }
        String unitName = interval.requiredText("unit", null);
        if (!UNITS.contains(unitName)) {
            throw ApiProblem.invalid(null, interval.path("unit"), "must be YEAR, MONTH, WEEK or DAY");
        }
        long count = interval.requiredInteger("count", null);
        if (count < 1 || count > 31) {
            throw ApiProblem.invalid(null, interval.path("count"), "must be between 1 and 31");
        }
        return new Interval(unitName, (int) count);
    }

    String url(Fields body, String field, boolean required, boolean appSchemeAllowed) {
        String url = required ? body.requiredText(field, null) : body.text(field, null);
        if (url == null) {
            return null;
        }
        if (url.length() > 1024) {
            throw ApiProblem.invalid(null, body.path(field), "must be at most 1024 characters");
        }
        urls.check(url, body.path(field), null, appSchemeAllowed);
        return url;
    }

    static String text(Fields body, String field, int min, int max, boolean required) {
        String value = required ? body.requiredText(field, null) : body.text(field, null);
        if (value == null) {
            return null;
        }
        if (value.isBlank() && min > 0) {
            throw ApiProblem.invalid(null, body.path(field), "must not be empty");
        }
        if (value.length() < min || value.length() > max) {
            throw ApiProblem.invalid(null, body.path(field), "must be " + min + " to " + max + " characters");
        }
        return value;
    }

    static long amount(Fields body, String field, SalesUnit unit) {
        long amount = body.requiredInteger(field, null);
        long minimum = unit.market().minimumAmount();
        if (amount < minimum) {
            throw ApiProblem.invalid(null, body.path(field), "must be at least " + minimum
                    + " (minor units of " + unit.currency() + ")");
        }
        if (amount > MAX_AMOUNT) {
            throw ApiProblem.invalid(null, body.path(field), "must be at most " + MAX_AMOUNT);
        }
        return amount;
    }

    private static String transactionType(Fields body) {
        String type = body.requiredText("transactionType", null);
        if (!TRANSACTION_TYPES.contains(type)) {
            throw ApiProblem.invalid(null, body.path("transactionType"), "must be DIRECT_CAPTURE or RESERVE_CAPTURE");
        }
        return type;
    }

    private static List<String> scopes(String scope) {
        if (scope == null) {
            return List.of();
        }
        List<String> scopes = new ArrayList<>();
        for (String part : scope.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!SCOPES.contains(part)) {
                throw ApiProblem.invalid(null, "scope", "'" + part + "' is not a scope; use name, address, email, "
                        + "phoneNumber, birthDate or nin, separated by spaces");
            }
            if (!scopes.contains(part)) {
                scopes.add(part);
            }
        }
        return List.copyOf(scopes);
    }

    private static InitialCharge initialCharge(Fields initial, SalesUnit unit) {
        if (initial == null) {
            return null;
        }
        long amount = amount(initial, "amount", unit);
        String description = text(initial, "description", 1, 45, true);
        String transactionType = transactionType(initial);
        String orderId = initial.text("orderId", null);
        if (orderId != null && !CHARGE_ID.matcher(orderId).matches()) {
            throw ApiProblem.invalid(null, initial.path("orderId"), "must match ^[a-zA-Z0-9-]{1,50}$");
        }
        String currency = initial.text("currency", null);
        if (currency != null && !currency.equals(unit.currency())) {
            throw ApiProblem.invalid(null, initial.path("currency"), "must be " + unit.currency());
        }
        return new InitialCharge(amount, description, transactionType, orderId,
                text(initial, "externalId", 1, 64, false));
    }
}
