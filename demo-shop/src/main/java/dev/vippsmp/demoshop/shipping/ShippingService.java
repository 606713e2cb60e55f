package dev.vippsmp.demoshop.shipping;

import dev.vippsmp.demoshop.cart.CartView;
import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.market.TaxClass;
import dev.vippsmp.demoshop.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Quotes delivery options for a destination and a parcel, priced by the shop's market, the parcel's weight and
 * the value of the goods. Checkout shows these options; an express checkout asks for the same ones once the
 * wallet tells it the buyer's address, so both always agree on the price.
 */
@Service
public class ShippingService {

    static final String HOME_DELIVERY = "home-delivery";
    static final String PICKUP_POINT = "pickup-point";
    static final String MAILBOX = "mailbox";
    static final String FREE_PICKUP_POINT = "free-pickup-point";

    private final Market market;
    private final ShippingRates rates;
    private final MessageSource messages;

    ShippingService(Market market, MessageSource messages) {
        this.market = market;
        this.rates = ShippingRates.of(market);
        this.messages = messages;
    }

    /** The countries the shop sends to, its own first. */
    public List<String> destinationCountries() {
        List<String> countries = new ArrayList<>();
        countries.add(market.country());
        ShippingRates.DESTINATIONS.stream().filter(c -> !c.equals(market.country())).sorted().forEach(countries::add);
        return countries;
    }

    /** The options for sending this parcel there, cheapest first; empty when the shop does not send there. */
    public List<ShippingQuote> quote(Destination destination, Parcel parcel, Locale locale) {
        if (!ShippingRates.DESTINATIONS.contains(destination.country())) {
            return List.of();
        }
        if (!parcel.goodsTotal().currency().equals(market.currency())) {
            throw new IllegalArgumentException("The shop prices shipping in " + market.currency()
                    + ", not " + parcel.goodsTotal().currency());
        }
        long surcharge = rates.weightSurcharge(parcel.weightGrams());
        List<ShippingQuote> quotes = new ArrayList<>();
        if (destination.country().equals(market.country())) {
            if (parcel.goodsTotal().minor() >= rates.freeShippingFrom()) {
                quotes.add(option(FREE_PICKUP_POINT, ShippingType.PICKUP_POINT, 0, 1, 3, "shipping.free-pickup-point", locale));
            }
            quotes.add(option(PICKUP_POINT, ShippingType.PICKUP_POINT, rates.pickupPoint() + surcharge, 1, 3,
                    "shipping.pickup-point", locale));
            if (parcel.weightGrams() <= ShippingRates.MAILBOX_MAX_GRAMS) {
                quotes.add(option(MAILBOX, ShippingType.MAILBOX, rates.mailbox(), 2, 4, "shipping.mailbox", locale));
            }
            quotes.add(option(HOME_DELIVERY, ShippingType.HOME_DELIVERY, rates.homeDelivery() + surcharge, 1, 3,
                    "shipping.home-delivery", locale));
        } else {
            quotes.add(option(PICKUP_POINT, ShippingType.PICKUP_POINT, rates.abroadPickupPoint() + surcharge, 3, 7,
                    "shipping.pickup-point", locale));
            quotes.add(option(HOME_DELIVERY, ShippingType.HOME_DELIVERY, rates.abroadHomeDelivery() + surcharge, 3, 7,
                    "shipping.home-delivery", locale));
        }
        quotes.sort(Comparator.comparingLong(quote -> quote.price().minor()));
        return markCheapestAsDefault(quotes);
    }

    /** The cart's goods that ship, sent there. */
    public List<ShippingQuote> quote(Destination destination, CartView cart, Locale locale) {
        return quote(destination, parcelOf(cart), locale);
    }

    /** One option by its id, if it is offered for this destination and parcel. */
    public Optional<ShippingQuote> quote(String optionId, Destination destination, Parcel parcel, Locale locale) {
        return quote(destination, parcel, locale).stream().filter(quote -> quote.id().equals(optionId)).findFirst();
    }

    public static Parcel parcelOf(CartView cart) {
        return new Parcel(cart.shippingWeightGrams(), cart.itemsTotal());
    }

    private ShippingQuote option(String id, ShippingType type, long priceMinor, int minDays, int maxDays,
                                 String nameKey, Locale locale) {
        String name = messages.getMessage(nameKey, new Object[] {rates.carrier().displayName()}, locale);
        return new ShippingQuote(id, type, rates.carrier(), name, new Money(priceMinor, market.currency()),
                market.vatRate(TaxClass.STANDARD), minDays, maxDays, false);
    }

    private static List<ShippingQuote> markCheapestAsDefault(List<ShippingQuote> quotes) {
        List<ShippingQuote> marked = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            ShippingQuote q = quotes.get(i);
            marked.add(new ShippingQuote(q.id(), q.type(), q.carrier(), q.name(), q.price(), q.vatRate(),
                    q.minDays(), q.maxDays(), i == 0));
        }
        return List.copyOf(marked);
    }
}
