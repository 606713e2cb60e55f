package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.http.UrlPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads Express shipping: the {@code shipping} of a create request, and the {@code groups} a merchant's dynamic
 * callback answers with (the same shape as {@code fixedOptions}).
 */
final class ShippingParser {

    static final Set<String> BRANDS = Set.of("BRING", "DHL", "FEDEX", "GLS", "HELTHJEM", "INSTABOX", "MATKAHUOLTO",
            "PORTERBUDDY", "POSTEN", "POSTI", "POSTNORD", "OTHER");
    static final Set<String> TYPES = Set.of("HOME_DELIVERY", "PICKUP_POINT", "MAILBOX", "IN_STORE", "OTHER");

    private ShippingParser() {
    }

    /**
     * Express needs all three: a sales unit with Express (5020), a WALLET payment, and the scope exactly
     * {@code name address email phoneNumber} (4080); plus exactly one of fixed and dynamic options.
     */
    static ShippingRequest parse(Fields shipping, SalesUnit unit, String method, List<String> scopes, UrlPolicy urls) {
        if (shipping == null) {
            return null;
        }
        if (!unit.expressEnabled()) {
            throw ApiProblem.of(ErrorCode.EXPRESS_NOT_ALLOWED,
                    "Sales unit " + unit.msn() + " is not enabled for Express checkout");
        }
        if (!"WALLET".equals(method)) {
            throw ApiProblem.invalid(null, "paymentMethod.type", "must be WALLET for Express");
        }
        if (!new HashSet<>(scopes).equals(CreatePaymentParser.EXPRESS_SCOPES) || scopes.size() != 4) {
            throw ApiProblem.invalid(ErrorCode.INVALID_SCOPE, "profile.scope",
                    "must be exactly 'name address email phoneNumber' for Express");
        }
        List<Fields> fixed = shipping.objects("fixedOptions", null);
        Fields dynamic = shipping.object("dynamicOptions", null);
        if (fixed != null && dynamic != null) {
            throw ApiProblem.invalid(null, "shipping", "must have either fixedOptions or dynamicOptions, not both");
        }
        if (fixed == null && dynamic == null) {
            throw ApiProblem.invalid(ErrorCode.MISSING_PARAMETER, "shipping", "needs fixedOptions or dynamicOptions");
        }
        if (fixed != null) {
            return new ShippingRequest(groups(fixed, unit.currency(), "shipping.fixedOptions"), null, null);
        }
        String callbackUrl = dynamic.requiredText("callbackUrl", ErrorCode.INVALID_URL);
        urls.check(callbackUrl, "shipping.dynamicOptions.callbackUrl", ErrorCode.INVALID_URL, false);
        String token = dynamic.requiredText("callbackAuthorizationToken", null);
        if (token.isBlank()) {
            throw ApiProblem.missing("shipping.dynamicOptions.callbackAuthorizationToken");
        }
        return new ShippingRequest(null, callbackUrl, token);
    }

    /** Groups of options: known brand and type, one group per brand and type, unique option ids, non-empty. */
    static List<ShippingGroup> groups(List<Fields> items, String currency, String path) {
        if (items.isEmpty()) {
            throw ApiProblem.invalid(null, path, "must list at least one group");
        }
        List<ShippingGroup> groups = new ArrayList<>();
        Set<String> brandAndTypes = new HashSet<>();
        Set<String> optionIds = new HashSet<>();
        for (Fields group : items) {
            String brand = enumValue(group, "brand", BRANDS);
            String type = enumValue(group, "type", TYPES);
            if (!brandAndTypes.add(brand + "/" + type)) {
                throw ApiProblem.invalid(null, group.path("brand"), "only one group per brand and type: " + brand + " " + type);
            }
            List<Fields> optionItems = group.objects("options", null);
            if (optionItems == null || optionItems.isEmpty()) {
                throw ApiProblem.invalid(ErrorCode.MISSING_PARAMETER, group.path("options"), "must list at least one option");
            }
            List<ShippingOption> options = new ArrayList<>();
            for (Fields option : optionItems) {
                String id = option.requiredText("id", null);
                if (id.isBlank() || !optionIds.add(id)) {
                    throw ApiProblem.invalid(null, option.path("id"), "must be a unique, non-empty option id");
                }
                Money amount = CreatePaymentParser.money(option.requiredObject("amount", ErrorCode.INVALID_AMOUNT));
                if (!amount.currency().equals(currency)) {
                    throw ApiProblem.invalid(ErrorCode.CURRENCY_NOT_VALID, option.path("amount.currency"),
                            "must be " + currency + ", the payment's currency");
                }
                options.add(new ShippingOption(id, amount, option.requiredText("name", null), option.raw("meta"),
                        option.raw("estimatedDelivery"), Boolean.TRUE.equals(option.bool("isDefault")),
                        intOrNull(option, "priority")));
            }
            groups.add(new ShippingGroup(brand, type, Boolean.TRUE.equals(group.bool("isDefault")),
                    intOrNull(group, "priority"), List.copyOf(options)));
        }
        return List.copyOf(groups);
    }

    private static String enumValue(Fields object, String field, Set<String> allowed) {
        String value = object.requiredText(field, null);
        if (!allowed.contains(value)) {
            throw ApiProblem.invalid(null, object.path(field),
                    "must be one of " + String.join(", ", CreatePaymentParser.sorted(allowed)));
        }
        return value;
    }

    private static Integer intOrNull(Fields object, String field) {
        Long value = object.integer(field, null);
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
