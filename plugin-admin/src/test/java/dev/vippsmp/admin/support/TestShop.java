package dev.vippsmp.admin.support;

import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.ShopOrderLine;
import dev.vippsmp.core.spi.VippsShop;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A shop of one-line orders held in memory, enough for the plugin to take payments for them. */
public class TestShop implements VippsShop {

    private final Map<String, ShopOrder> orders = new ConcurrentHashMap<>();
    private final AtomicInteger outcomesToRefuse = new AtomicInteger();

    /** The shop refuses the next outcomes it is told (its own database busy, say), as a real shop may. */
    public void refuseNextOutcomes(int count) {
        outcomesToRefuse.set(count);
    }

    /** A new order of one shipped line with a unique id. */
    public String newOrder(long totalMinor) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        orders.put(id, new ShopOrder(id, List.of(new ShopOrderLine("sku-" + id, "Wool socks", BigDecimal.ONE,
                totalMinor, totalMinor, 2500, true)), totalMinor, "NOK", Locale.forLanguageTag("nb"), null));
        return id;
    }

    @Override
    public Optional<ShopOrder> findOrder(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public void applyOutcome(PaymentOutcome outcome) {
        if (outcomesToRefuse.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("The shop could not update order " + outcome.orderId());
        }
        // The admin's tests look at payments, not at what the shop does with outcomes.
    }

    @Override
    public String createOrderFromCart(String cartId) {
        throw new IllegalArgumentException("This test shop has no carts");
    }

    @Override
    public List<ShippingQuote> quoteShipping(String orderId, Address address) {
        return List.of();
    }

    @Override
    public void attachBuyer(String orderId, BuyerDetails buyer) {
        // Nothing to attach: no express in these tests.
    }
}
