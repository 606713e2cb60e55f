package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.epayment.Amount;
import dev.vippsmp.core.client.epayment.ShippingGroup;
import dev.vippsmp.core.client.epayment.ShippingOption;
import dev.vippsmp.core.spi.ShippingQuote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups the shop's delivery quotes the way the vendor wants them: one group per carrier and delivery type. */
public final class ShippingGroups {

    private static final Set<String> BRANDS = Set.of("BRING", "DHL", "FEDEX", "GLS", "HELTHJEM", "INSTABOX",
            "MATKAHUOLTO", "PORTERBUDDY", "POSTEN", "POSTI", "POSTNORD", "OTHER");
    private static final Set<String> TYPES = Set.of("HOME_DELIVERY", "PICKUP_POINT", "MAILBOX", "IN_STORE", "OTHER");

    private ShippingGroups() {
    }

    public static List<ShippingGroup> of(List<ShippingQuote> quotes, String currency) {
        Map<String, List<ShippingQuote>> byGroup = new LinkedHashMap<>();
        for (ShippingQuote quote : quotes) {
            byGroup.computeIfAbsent(brand(quote) + "/" + type(quote), key -> new ArrayList<>()).add(quote);
        }
        boolean anyDefault = quotes.stream().anyMatch(ShippingQuote::isDefault);
        List<ShippingGroup> groups = new ArrayList<>();
        int groupPriority = 0;
        for (List<ShippingQuote> group : byGroup.values()) {
            List<ShippingOption> options = new ArrayList<>();
            int priority = 0;
            for (ShippingQuote quote : group) {
                boolean isDefault = anyDefault ? quote.isDefault() : groupPriority == 0 && priority == 0;
                options.add(new ShippingOption(quote.id(), new Amount(currency, quote.amountMinor()), quote.name(),
                        null, quote.estimatedDelivery(), isDefault, priority++));
            }
            boolean groupDefault = options.stream().anyMatch(ShippingOption::isDefault);
            groups.add(new ShippingGroup(brand(group.get(0)), type(group.get(0)), groupDefault, groupPriority++,
                    options));
        }
        return groups;
    }

    private static String brand(ShippingQuote quote) {
        String brand = quote.brand() == null ? "OTHER" : quote.brand().toUpperCase(java.util.Locale.ROOT);
        return BRANDS.contains(brand) ? brand : "OTHER";
    }

    private static String type(ShippingQuote quote) {
        String type = quote.type() == null ? "OTHER" : quote.type().toUpperCase(java.util.Locale.ROOT);
        return TYPES.contains(type) ? type : "OTHER";
    }
}
