package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.ordermanagement.BottomLine;
import dev.vippsmp.core.client.ordermanagement.OrderLine;
import dev.vippsmp.core.client.ordermanagement.Receipt;
import dev.vippsmp.core.client.ordermanagement.UnitInfo;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.ShopOrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Turns the shop's order lines into the receipt shown in the app; amounts stay in minor units throughout. */
public final class ReceiptBuilder {

    private static final int MAX_NAME = 100;

    private ReceiptBuilder() {
    }

    /** The receipt for the order, or null when the order has no lines (the vendor needs at least one). */
    public static Receipt receipt(ShopOrder order, String reference) {
        if (order.lines().isEmpty()) {
            return null;
        }
        List<OrderLine> lines = order.lines().stream().map(ReceiptBuilder::line).toList();
        return new Receipt(lines, new BottomLine(order.currency(), null, reference));
    }

    static OrderLine line(ShopOrderLine line) {
        long total = line.totalMinor();
        long tax = taxIncluded(total, line.vatRateBasisPoints());
        String name = line.name() == null || line.name().isBlank() ? line.id() : line.name();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        BigDecimal quantity = line.quantity() == null ? BigDecimal.ONE : line.quantity();
        long discount = Math.max(0, quantity.multiply(BigDecimal.valueOf(line.unitPriceMinor()))
                .setScale(0, RoundingMode.HALF_UP).longValueExact() - total);
        return new OrderLine(name, line.id(), total, total - tax, tax,
                Math.round(line.vatRateBasisPoints() / 100f),
                new UnitInfo(line.unitPriceMinor(), quantityText(quantity), "PCS"),
                discount == 0 ? null : discount, null, null, null);
    }

    /** The VAT inside a gross amount: gross * rate / (1 + rate), rounded to the nearest minor unit. */
    static long taxIncluded(long gross, int rateBasisPoints) {
        if (rateBasisPoints <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(gross).multiply(BigDecimal.valueOf(rateBasisPoints))
                .divide(BigDecimal.valueOf(10_000L + rateBasisPoints), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String quantityText(BigDecimal quantity) {
        BigDecimal plain = quantity.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        if (plain.scale() > 8) {
            plain = plain.setScale(8, RoundingMode.HALF_UP);
        }
        return plain.toPlainString();
    }
}
