package dev.vippsmp.demoshop.cart;

import dev.vippsmp.demoshop.money.Money;
import java.util.Currency;
import java.util.List;

/**
 * The cart as it would be bought now: its lines at today's catalogue prices (VAT included), in the shop's currency.
 * This is what the cart page shows, what checkout places an order from, and what a "Buy now" button may read.
 */
public record CartView(List<CartLineView> lines, Currency currency) {

    public CartView {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Whether anything in the cart is sent by post, and so needs a delivery address and a shipping method. */
    public boolean ships() {
        return lines.stream().anyMatch(line -> line.product().ships());
    }

    public int itemCount() {
        return lines.stream().mapToInt(CartLineView::quantity).sum();
    }

    public Money itemsTotal() {
        return lines.stream().map(CartLineView::lineTotal).reduce(Money.zero(currency), Money::plus);
    }

    public Money vatTotal() {
        return lines.stream().map(CartLineView::vat).reduce(Money.zero(currency), Money::plus);
    }

    /** Weight of what ships, in grams; what goes by email weighs nothing. */
    public long shippingWeightGrams() {
        return lines.stream().filter(line -> line.product().ships()).mapToLong(CartLineView::weightGrams).sum();
    }
}
