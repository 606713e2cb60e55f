package dev.vippsmp.demoshop.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.money.Money;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ShippingServiceTest {

    private final ShippingService norway = new ShippingService(Market.NORWAY, messages());
    private final Destination oslo = new Destination("NO", "0155");

    @Test
    void aLightDomesticParcelCanGoToAPickupPointTheMailboxOrTheDoorCheapestFirst() {
        assertThat(norway.quote(oslo, new Parcel(350, nok(24_900)), Locale.ENGLISH))
                .extracting(ShippingQuote::id, ShippingQuote::type, ShippingQuote::price, ShippingQuote::isDefault)
                .containsExactly(
                        tuple("mailbox", ShippingType.MAILBOX, nok(6_900), true),
                        tuple("pickup-point", ShippingType.PICKUP_POINT, nok(8_900), false),
                        tuple("home-delivery", ShippingType.HOME_DELIVERY, nok(14_900), false));
    }

    @Test
    void aParcelOverTwoKilosDoesNotFitTheMailbox() {
        assertThat(norway.quote(oslo, new Parcel(2_001, nok(24_900)), Locale.ENGLISH))
                .extracting(ShippingQuote::id).containsExactly("pickup-point", "home-delivery");
    }

    @Test
    void everyStartedKiloOverFiveCostsExtra() {
        assertThat(norway.quote("home-delivery", oslo, new Parcel(5_000, nok(10_000)), Locale.ENGLISH))
                .map(ShippingQuote::price).contains(nok(14_900));
        assertThat(norway.quote("home-delivery", oslo, new Parcel(5_001, nok(10_000)), Locale.ENGLISH))
                .map(ShippingQuote::price).contains(nok(16_900));
        assertThat(norway.quote("pickup-point", oslo, new Parcel(9_600, nok(10_000)), Locale.ENGLISH))
                .map(ShippingQuote::price).contains(nok(8_900 + 5 * 2_000));
    }

    @Test
    void goodsWorthAThousandKronerOrMoreGoFreeToAPickupPoint() {
        assertThat(norway.quote(oslo, new Parcel(1_400, nok(99_999)), Locale.ENGLISH)).extracting(ShippingQuote::id)
                .doesNotContain("free-pickup-point");
        assertThat(norway.quote(oslo, new Parcel(1_400, nok(100_000)), Locale.ENGLISH).get(0))
                .satisfies(free -> {
                    assertThat(free.id()).isEqualTo("free-pickup-point");
                    assertThat(free.price().isZero()).isTrue();
                    assertThat(free.isDefault()).isTrue();
                    assertThat(free.name()).isEqualTo("Free delivery to a pickup point (Posten)");
                });
    }

    @Test
    void theNordicNeighboursGetDearerOptionsWithoutMailboxOrFreeShipping() {
        assertThat(norway.quote(Destination.country("SE"), new Parcel(350, nok(200_000)), Locale.ENGLISH))
                .extracting(ShippingQuote::id, ShippingQuote::price, ShippingQuote::maxDays)
                .containsExactly(tuple("pickup-point", nok(24_900), 7), tuple("home-delivery", nok(29_900), 7));
    }

    @Test
    void theShopDoesNotSendOutsideTheNordics() {
        assertThat(norway.quote(Destination.country("US"), new Parcel(350, nok(24_900)), Locale.ENGLISH)).isEmpty();
        assertThat(norway.quote("home-delivery", Destination.country("DE"), new Parcel(350, nok(1)), Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void aDanishShopPricesInKronerWithPostNordAndNamesInTheBuyersLanguage() {
        ShippingService denmark = new ShippingService(Market.DENMARK, messages());
        Money goods = Money.of(17_900, "DKK");

        assertThat(denmark.destinationCountries()).startsWith("DK").contains("NO", "SE", "FI");
        assertThat(denmark.quote(Destination.country("DK"), new Parcel(350, goods), Locale.forLanguageTag("nb")))
                .extracting(ShippingQuote::name, ShippingQuote::price, ShippingQuote::carrier, ShippingQuote::vatRate)
                .contains(tuple("Hjemlevering (PostNord)", Money.of(6_900, "DKK"), Carrier.POSTNORD, 2500));
    }

    @Test
    void everyQuoteCarriesTheStandardVatRateOfTheMarket() {
        ShippingService finland = new ShippingService(Market.FINLAND, messages());

        assertThat(finland.quote(Destination.country("FI"), new Parcel(100, Money.of(2_000, "EUR")), Locale.ENGLISH))
                .allSatisfy(quote -> {
                    assertThat(quote.vatRate()).isEqualTo(2550);
                    assertThat(quote.carrier()).isEqualTo(Carrier.POSTI);
                });
    }

    private static Money nok(long minor) {
        return Money.of(minor, "NOK");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
