package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.spi.ShippingQuote;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.ShopOrderLine;
import dev.vippsmp.core.spi.VippsShop;
import dev.vippsmp.demoshop.cart.CartService;
import dev.vippsmp.demoshop.cart.CartView;
import dev.vippsmp.demoshop.checkout.CheckoutService;
import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.order.Buyer;
import dev.vippsmp.demoshop.order.BuyerAddress;
import dev.vippsmp.demoshop.order.DeliveryAddress;
import dev.vippsmp.demoshop.order.OrderLineView;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderView;
import dev.vippsmp.demoshop.order.ShippingLine;
import dev.vippsmp.demoshop.shipping.Destination;
import dev.vippsmp.demoshop.shipping.Parcel;
import dev.vippsmp.demoshop.shipping.ShippingService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The shop as the Vipps MobilePay plugin sees it. Orders are read and changed only through the shop's
 * {@link OrderService}, which joins the plugin's transaction, so an order's status and the payment's record change
 * together or not at all.
 */
@Component
class DemoShopVippsAdapter implements VippsShop {

    /** The payment method id stored on express orders, and the actor in the order history. */
    static final String METHOD_ID = "vipps";
    static final String ACTOR = "payment:" + METHOD_ID;

    private static final Logger log = LoggerFactory.getLogger(DemoShopVippsAdapter.class);

    private final OrderService orders;
    private final CartService carts;
    private final CheckoutService checkout;
    private final ShippingService shipping;
    private final Market market;
    private final SettingsService settings;

    DemoShopVippsAdapter(OrderService orders, CartService carts, CheckoutService checkout, ShippingService shipping,
            Market market, SettingsService settings) {
        this.orders = orders;
        this.carts = carts;
        this.checkout = checkout;
        this.shipping = shipping;
        this.market = market;
        this.settings = settings;
    }

    @Override
    public Optional<ShopOrder> findOrder(String orderId) {
        return id(orderId).flatMap(orders::findWithoutHistory).map(DemoShopVippsAdapter::toShopOrder);
    }

    @Override
    public void applyOutcome(PaymentOutcome outcome) {
        long id = id(outcome.orderId()).orElseThrow(() -> new IllegalArgumentException(
                "Not an order of this shop: " + outcome.orderId()));
        OrderView order = orders.findWithoutHistory(id)
                .orElseThrow(() -> new IllegalArgumentException("No order " + id));
        Optional<OrderStatus> target = OutcomeStatus.target(outcome, order.status(),
                order.allowedNextStatuses(), settings.current().orderStatusAfterApproval());
        if (target.isPresent()) {
            orders.changeStatus(id, target.get(), ACTOR, note(outcome));
        } else if (outcome.kind() == PaymentOutcome.Kind.FLAGGED) {
            log.warn("Order {} stays {}: its payment {} is flagged ({})", id, order.status(), outcome.reference(),
                    outcome.reason());
        }
    }

    @Override
    public String createOrderFromCart(String cartId) {
        // In the shopper's language when a shopper's request makes the order (an express button), as at checkout.
        Locale locale = LocaleContextHolder.getLocaleContext() != null ? LocaleContextHolder.getLocale()
                : market.defaultLocale();
        CartView cart = carts.view(cartId, locale);
        if (cart.isEmpty()) {
            throw new IllegalArgumentException("The cart is empty or unknown");
        }
        return String.valueOf(orders.place(checkout.newOrder(cart, locale, METHOD_ID, null, null, null)).id());
    }

    @Override
    public List<ShippingQuote> quoteShipping(String orderId, Address address) {
        Optional<OrderView> order = id(orderId).flatMap(orders::findWithoutHistory);
        if (order.isEmpty()) {
            return List.of();
        }
        Destination destination = address == null ? Destination.country(market.country())
                : new Destination(address.country() == null ? "" : address.country(), address.postCode());
        if (!shipping.destinationCountries().contains(destination.country())) {
            return List.of();
        }
        return shipping.quote(destination, parcel(order.get()), locale(order.get())).stream()
                .map(quote -> new ShippingQuote(quote.id(), quote.name(), quote.carrier().name(), quote.type().name(),
                        quote.price().minor(), quote.isDefault(), null))
                .toList();
    }

    @Override
    public void attachBuyer(String orderId, BuyerDetails buyer) {
        long id = id(orderId).orElseThrow(() -> new IllegalArgumentException("Not an order of this shop: " + orderId));
        OrderView order = orders.findWithoutHistory(id).orElseThrow();
        Address a = buyer.address();
        // On an order with nothing to ship the address is the buyer's own (the shop asked for it anyway); on one
        // that ships it is where the delivery goes.
        BuyerAddress own = a == null || order.ships() ? null : new BuyerAddress(text(a.addressLine1(), 120),
                text(a.addressLine2(), 120), text(a.postCode(), 10), text(a.city(), 80), text(a.country(), 2));
        orders.attachBuyer(id, new Buyer(text(buyer.givenName(), 80), text(buyer.familyName(), 80),
                text(buyer.email(), 254), text(buyer.phoneNumber(), 20)), own);
        if (a != null && buyer.shipping() != null) {
            DeliveryAddress address = new DeliveryAddress(text(a.addressLine1(), 120), text(a.addressLine2(), 120),
                    text(a.postCode(), 10), text(a.city(), 80), text(a.country(), 2));
            orders.attachDelivery(id, address, shippingLine(order, a, buyer.shipping()));
        }
    }

    /** The chosen option as the shop quotes it, at the price the buyer was charged in the app. */
    private ShippingLine shippingLine(OrderView order, Address address, BuyerDetails.ChosenShipping chosen) {
        Optional<dev.vippsmp.demoshop.shipping.ShippingQuote> quoted = address.country() == null ? Optional.empty()
                : shipping.quote(chosen.optionId(), new Destination(address.country(), address.postCode()),
                        parcel(order), locale(order));
        return new ShippingLine(text(chosen.optionId(), 40),
                quoted.map(quote -> quote.type().name()).orElse("HOME_DELIVERY"),
                quoted.map(quote -> quote.carrier().name()).orElse("OTHER"),
                text(chosen.name() != null ? chosen.name() : quoted.map(q -> q.name()).orElse(chosen.optionId()), 120),
                chosen.costMinor(), quoted.map(quote -> quote.vatRate()).orElse(0));
    }

    static ShopOrder toShopOrder(OrderView order) {
        List<ShopOrderLine> lines = new ArrayList<>();
        for (OrderLineView line : order.lines()) {
            lines.add(new ShopOrderLine(line.sku(), line.name(), BigDecimal.valueOf(line.quantity()),
                    line.unitPrice().minor(), line.lineTotal().minor(), line.vatRate(), line.ships()));
        }
        ShippingLine delivery = order.shipping();
        if (delivery != null && delivery.priceMinor() != null) {
            // A receipt lists everything paid for, delivery included, so its lines add up to the amount.
            lines.add(new ShopOrderLine("shipping-" + delivery.methodId(), delivery.name(), BigDecimal.ONE,
                    delivery.priceMinor(), delivery.priceMinor(),
                    delivery.vatRate() == null ? 0 : delivery.vatRate(), false));
        }
        return new ShopOrder(String.valueOf(order.id()), lines, order.total().minor(), order.currencyCode(),
                locale(order), null);
    }

    private static Parcel parcel(OrderView order) {
        long grams = order.lines().stream().filter(OrderLineView::ships)
                .mapToLong(line -> (long) line.unitWeightGrams() * line.quantity()).sum();
        return new Parcel(grams, order.itemsTotal());
    }

    private static Locale locale(OrderView order) {
        return order.language() == null ? Locale.ROOT : Locale.forLanguageTag(order.language());
    }

    private static String note(PaymentOutcome outcome) {
        String note = outcome.kind() + " " + outcome.reference() + " (" + outcome.currency() + " minor units: "
                + "reserved " + outcome.authorizedMinor() + ", captured " + outcome.capturedMinor() + ", refunded "
                + outcome.refundedMinor() + ")";
        return text(outcome.reason() == null ? note : note + ": " + outcome.reason(), 500);
    }

    private static Optional<Long> id(String orderId) {
        try {
            return Optional.of(Long.parseLong(orderId));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
