package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An order as pages and plugins read it, detached from the database. It leaves out the buyer's secret token.
 *
 * @param buyer           null on an express order until the wallet reports the buyer
 * @param buyerAddress    the buyer's own address, only on an order with nothing to ship that asked for it
 * @param deliveryAddress null when nothing ships (or not reported yet)
 * @param shipping        null when nothing ships (or not chosen yet)
 * @param history         every status change, oldest first; empty when read by
 *                        {@link OrderService#findWithoutHistory} or {@link OrderService#findForBuyer}
 */
public record OrderView(long id, OrderStatus status, Set<OrderStatus> allowedNextStatuses, String marketCountry,
                        String currencyCode, String language, String paymentMethod, Buyer buyer,
                        BuyerAddress buyerAddress, DeliveryAddress deliveryAddress, ShippingLine shipping,
                        boolean ships, Money itemsTotal, Money shippingTotal, Money vatTotal, Money total,
                        Instant createdAt, Instant updatedAt, List<OrderLineView> lines,
                        List<StatusChangeView> history) {
}
