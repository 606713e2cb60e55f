package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.http.UrlPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a create-payment body by the vendor's rules, answering each mistake with the vendor's error code
 * (4040 amount, 4070 phone, 4080 scope, 4090 URL, 41x0 metadata, 4140 missing, 5020 Express, 5040 currency, 6010
 * minimum, 7010 unknown customer).
 */
@Component
class CreatePaymentParser {

    static final Pattern REFERENCE = Pattern.compile("^[a-zA-Z0-9-]{8,64}$");
    static final Pattern PHONE = Pattern.compile("^\\d{10,15}$");
    static final long MAX_AMOUNT = 65_000_000L;
    static final Set<String> SCOPES = Set.of("name", "address", "email", "phoneNumber", "birthDate");
    static final Set<String> EXPRESS_SCOPES = Set.of("name", "address", "email", "phoneNumber");
    private static final Set<String> CURRENCIES = Set.of("NOK", "DKK", "EUR");
    private static final Set<String> USER_FLOWS = Set.of("PUSH_MESSAGE", "NATIVE_REDIRECT", "WEB_REDIRECT", "QR");
    private static final Set<String> METHODS = Set.of("WALLET", "CARD");
    private static final Set<String> INTERACTIONS = Set.of("CUSTOMER_PRESENT", "CUSTOMER_NOT_PRESENT");
    private static final Set<String> QR_FORMATS = Set.of("TEXT/TARGETURL", "IMAGE/SVG+XML", "IMAGE/PNG");
    private static final Duration MIN_EXPIRES_AT = Duration.ofMinutes(10);
    private static final Duration MAX_EXPIRES_AT = Duration.ofDays(60);

    private final UrlPolicy urls;
    private final SimulatorClock clock;
    private final TestUsers users;

    CreatePaymentParser(UrlPolicy urls, SimulatorClock clock, TestUsers users) {
        this.urls = urls;
        this.clock = clock;
        this.users = users;
    }

    CreatePaymentRequest parse(Fields body, SalesUnit unit) {
        String reference = reference(body);
        Money amount = amount(body.requiredObject("amount", ErrorCode.INVALID_AMOUNT), unit);
        String method = oneOf(body.requiredObject("paymentMethod", null), "type", METHODS);
        String userFlow = oneOf(body, "userFlow", USER_FLOWS);
        if ("CARD".equals(method) && !"WEB_REDIRECT".equals(userFlow)) {
            throw ApiProblem.invalid(null, "paymentMethod.type", "CARD needs userFlow WEB_REDIRECT");
        }
        CreatePaymentRequest.Customer customer = customer(body.object("customer", null), userFlow);
        String returnUrl = body.text("returnUrl", ErrorCode.INVALID_URL);
        if (returnUrl != null) {
            urls.check(returnUrl, "returnUrl", ErrorCode.INVALID_URL, true);
        } else if ("WEB_REDIRECT".equals(userFlow)) {
            throw ApiProblem.missing("returnUrl");
        }
        List<String> scopes = scopes(body.object("profile", ErrorCode.INVALID_SCOPE));
        ShippingRequest shipping = ShippingParser.parse(body.object("shipping", null), unit, method, scopes, urls);
        JsonNode receipt = receipt(body, unit);
        String receiptUrl = body.text("receiptUrl", ErrorCode.INVALID_URL);
        if (receiptUrl != null) {
            urls.check(receiptUrl, "receiptUrl", ErrorCode.INVALID_URL, true);
        }
        optionalOneOf(body, "customerInteraction", INTERACTIONS);
        body.object("industryData", null);
        return new CreatePaymentRequest(amount, method, reference, userFlow, returnUrl, customer, scopes, shipping,
                receipt, description(body), metadata(body.object("metadata", ErrorCode.METADATA_INVALID)), receiptUrl,
                expiresAt(body, userFlow, receipt), qrFormat(body.object("qrFormat", null), userFlow));
    }

    static String reference(Fields body) {
        String reference = body.requiredText("reference", null);
        if (!REFERENCE.matcher(reference).matches()) {
            throw ApiProblem.invalid(null, "reference", "must match ^[a-zA-Z0-9-]{8,64}$");
        }
        return reference;
    }

    /** An {@code Amount} object: integer minor units within the vendor's range, in the sales unit's currency. */
    static Money money(Fields amount) {
        String currency = amount.requiredText("currency", ErrorCode.INVALID_AMOUNT);
        if (!CURRENCIES.contains(currency)) {
            throw ApiProblem.invalid(ErrorCode.INVALID_AMOUNT, amount.path("currency"), "must be NOK, DKK or EUR");
        }
        long value = amount.requiredInteger("value", ErrorCode.INVALID_AMOUNT);
        if (value < 0 || value > MAX_AMOUNT) {
            throw ApiProblem.invalid(ErrorCode.INVALID_AMOUNT, amount.path("value"),
                    "must be between 0 and " + MAX_AMOUNT + " minor units");
        }
        return new Money(currency, value);
    }

    static Money inCurrencyOf(Money money, SalesUnit unit, String field) {
        if (!money.currency().equals(unit.currency())) {
            throw ApiProblem.invalid(ErrorCode.CURRENCY_NOT_VALID, field,
                    "must be " + unit.currency() + ", the currency of sales unit " + unit.msn());
        }
        return money;
    }

    private static Money amount(Fields amount, SalesUnit unit) {
        Money money = inCurrencyOf(money(amount), unit, "amount.currency");
        if (money.value() < unit.market().minimumAmount()) {
            throw ApiProblem.invalid(ErrorCode.AMOUNT_TOO_SMALL, "amount.value",
                    "must be at least " + unit.market().minimumAmount() + " minor units");
        }
        return money;
    }

    private static String oneOf(Fields object, String field, Set<String> allowed) {
        String value = object.requiredText(field, null);
        if (!allowed.contains(value)) {
            throw ApiProblem.invalid(null, object.path(field), "must be one of " + String.join(", ", sorted(allowed)));
        }
        return value;
    }

    private static void optionalOneOf(Fields object, String field, Set<String> allowed) {
        if (object.has(field)) {
            oneOf(object, field, allowed);
        }
    }

    private CreatePaymentRequest.Customer customer(Fields customer, String userFlow) {
        if (customer == null) {
            if ("PUSH_MESSAGE".equals(userFlow)) {
                throw ApiProblem.missing("customer");
            }
            return null;
        }
        String phone = customer.text("phoneNumber", ErrorCode.INVALID_PHONE_NUMBER);
        String qr = customer.text("personalQr", null);
        String token = customer.text("customerToken", null);
        long given = java.util.stream.Stream.of(phone, qr, token).filter(value -> value != null).count();
        if (given != 1) {
            throw ApiProblem.invalid(null, "customer", "must have exactly one of phoneNumber, personalQr, customerToken");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw ApiProblem.invalid(ErrorCode.INVALID_PHONE_NUMBER, "customer.phoneNumber",
                    "must be an MSISDN of 10 to 15 digits, e.g. 4791234567");
        }
        if (qr != null && (qr.length() < 5 || qr.length() > 255)) {
            throw ApiProblem.invalid(null, "customer.personalQr", "must be 5 to 255 characters");
        }
        if (phone != null && "PUSH_MESSAGE".equals(userFlow) && users.byPhone(phone).isEmpty()) {
            throw ApiProblem.of(ErrorCode.CUSTOMER_NOT_FOUND, "No app user has this phone number");
        }
        return new CreatePaymentRequest.Customer(phone, qr, token);
    }

    private static List<String> scopes(Fields profile) {
        if (profile == null) {
            return List.of();
        }
        String scope = profile.requiredText("scope", ErrorCode.INVALID_SCOPE);
        List<String> scopes = new ArrayList<>();
        for (String name : scope.trim().split("\\s+")) {
            if (!SCOPES.contains(name)) {
                throw ApiProblem.invalid(ErrorCode.INVALID_SCOPE, "profile.scope", "'" + name
                        + "' is not one of " + String.join(" ", sorted(SCOPES)));
            }
            if (!scopes.contains(name)) {
                scopes.add(name);
            }
        }
        return List.copyOf(scopes);
    }

    private static JsonNode receipt(Fields body, SalesUnit unit) {
        Fields receipt = body.object("receipt", null);
        if (receipt == null) {
            return null;
        }
        ReceiptValidator.validate(receipt);
        String currency = receipt.requiredObject("bottomLine", null).requiredText("currency", null);
        if (!currency.equals(unit.currency())) {
            throw ApiProblem.invalid(ErrorCode.CURRENCY_NOT_VALID, "receipt.bottomLine.currency",
                    "must be " + unit.currency() + ", the payment's currency");
        }
        return receipt.node().deepCopy();
    }

    private static String description(Fields body) {
        String description = body.text("paymentDescription", null);
        if (description != null && (description.length() < 3 || description.length() > 100)) {
            throw ApiProblem.invalid(null, "paymentDescription", "must be 3 to 100 characters");
        }
        return description;
    }

    private static Map<String, String> metadata(Fields metadata) {
        if (metadata == null) {
            return null;
        }
        List<Map.Entry<String, JsonNode>> entries = metadata.entries();
        if (entries.size() > 5) {
            throw ApiProblem.invalid(ErrorCode.METADATA_TOO_MANY_ENTRIES, "metadata", "may have at most 5 entries");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries) {
            String field = "metadata." + entry.getKey();
            if (entry.getKey().isEmpty() || entry.getKey().length() > 100) {
                throw ApiProblem.invalid(ErrorCode.METADATA_KEY_TOO_LONG, field, "keys must be 1 to 100 characters");
            }
            if (!entry.getValue().isString()) {
                throw ApiProblem.invalid(ErrorCode.METADATA_INVALID, field, "values must be strings");
            }
            if (entry.getValue().stringValue().length() > 500) {
                throw ApiProblem.invalid(ErrorCode.METADATA_VALUE_TOO_LONG, field, "values must be at most 500 characters");
            }
            result.put(entry.getKey(), entry.getValue().stringValue());
        }
        return result;
    }

    private Instant expiresAt(Fields body, String userFlow, JsonNode receipt) {
        String text = body.text("expiresAt", null);
        if (text == null) {
            return null;
        }
        if (!"PUSH_MESSAGE".equals(userFlow) && !"QR".equals(userFlow)) {
            throw ApiProblem.invalid(null, "expiresAt", "is only allowed with userFlow PUSH_MESSAGE or QR");
        }
        if (receipt == null) {
            throw ApiProblem.invalid(ErrorCode.MISSING_PARAMETER, "receipt", "is required with expiresAt");
        }
        Instant expiresAt;
        try {
            expiresAt = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(null, "expiresAt", "must be an RFC 3339 date-time, e.g. 2030-02-26T17:32:28Z");
        }
        Instant now = clock.now();
        if (!expiresAt.isAfter(now.plus(MIN_EXPIRES_AT)) || !expiresAt.isBefore(now.plus(MAX_EXPIRES_AT))) {
            throw ApiProblem.invalid(null, "expiresAt", "must be more than 10 minutes and less than 60 days ahead");
        }
        return expiresAt;
    }

    private static String qrFormat(Fields qrFormat, String userFlow) {
        if (qrFormat == null) {
            return "QR".equals(userFlow) ? "IMAGE/SVG+XML" : null;
        }
        if (!"QR".equals(userFlow)) {
            throw ApiProblem.invalid(null, "qrFormat", "is only allowed with userFlow QR");
        }
        String format = oneOf(qrFormat, "format", QR_FORMATS);
        Long size = qrFormat.integer("size", null);
        if (size != null && (size < 100 || size > 2000)) {
            throw ApiProblem.invalid(null, "qrFormat.size", "must be between 100 and 2000");
        }
        return format;
    }

    static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
