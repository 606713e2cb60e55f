package dev.vippsmp.core.spi;

import java.util.List;
import java.util.Locale;

/**
 * An order as the plugin needs it. Amounts are minor units including VAT.
 *
 * @param totalMinor what the buyer pays for the order, before any delivery chosen in the app
 * @param language the buyer's language, for texts the plugin produces
 * @param orderUrl where the buyer can see the order in the shop (shown in the app), or null
 */
public record ShopOrder(String id, List<ShopOrderLine> lines, long totalMinor, String currency, Locale language,
        String orderUrl) {

    public ShopOrder {
        lines = List.copyOf(lines);
    }

    /** True when at least one line is goods to deliver. */
    public boolean anythingShips() {
        return lines.stream().anyMatch(ShopOrderLine::ships);
    }
}
