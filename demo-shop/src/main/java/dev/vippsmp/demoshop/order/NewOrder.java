package dev.vippsmp.demoshop.order;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything needed to store an order. The buyer, address and shipping may be absent for an order placed from an
 * express checkout, where the wallet supplies them later ({@link OrderService#attachBuyer},
 * {@link OrderService#attachDelivery}); an order with nothing to ship never has an address or shipping.
 *
 * @param marketCountry the shop's country when sold
 * @param placedBy      who placed it, for the status history (e.g. {@code shopper})
 */
public record NewOrder(List<NewOrderLine> lines, Currency currency, String marketCountry, Locale locale,
                       String paymentMethodId, Buyer buyer, DeliveryAddress deliveryAddress, ShippingLine shipping,
                       String placedBy) {

    public NewOrder {
        lines = List.copyOf(lines);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(marketCountry, "marketCountry");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(paymentMethodId, "paymentMethodId");
        Objects.requireNonNull(placedBy, "placedBy");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one line");
        }
        boolean ships = lines.stream().anyMatch(NewOrderLine::ships);
        if (!ships && (deliveryAddress != null || shipping != null)) {
            throw new IllegalArgumentException("An order with nothing to ship takes no address and no shipping");
        }
        if (lines.stream().anyMatch(line -> !line.unitPrice().currency().equals(currency))) {
            throw new IllegalArgumentException("Every line must be priced in " + currency);
        }
    }
}
