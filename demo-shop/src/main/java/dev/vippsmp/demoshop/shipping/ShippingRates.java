package dev.vippsmp.demoshop.shipping;

import dev.vippsmp.demoshop.market.Market;
import java.util.Set;

/**
 * A market's price list, in minor units of its currency, VAT included. Prices cover parcels up to
 * {@link #INCLUDED_GRAMS}; every started kilogram above that costs {@code perExtraKilo}.
 */
record ShippingRates(Carrier carrier, long homeDelivery, long pickupPoint, long mailbox, long perExtraKilo,
                     long freeShippingFrom, long abroadHomeDelivery, long abroadPickupPoint) {

    static final long INCLUDED_GRAMS = 5_000;
    static final long MAILBOX_MAX_GRAMS = 2_000;

    /** The shop sends to its own country and the Nordic neighbours. */
    static final Set<String> DESTINATIONS = Set.of("NO", "SE", "DK", "FI");

    static ShippingRates of(Market market) {
        return switch (market) {
            case NORWAY -> new ShippingRates(Carrier.POSTEN, 14_900, 8_900, 6_900, 2_000, 100_000, 29_900, 24_900);
            case DENMARK -> new ShippingRates(Carrier.POSTNORD, 6_900, 4_500, 3_900, 1_500, 75_000, 19_900, 14_900);
            case FINLAND -> new ShippingRates(Carrier.POSTI, 990, 590, 490, 200, 10_000, 2_490, 1_990);
        };
    }

    long weightSurcharge(long weightGrams) {
        long extraGrams = Math.max(0, weightGrams - INCLUDED_GRAMS);
        long startedKilos = (extraGrams + 999) / 1000;
        return Math.multiplyExact(startedKilos, perExtraKilo);
    }
}
