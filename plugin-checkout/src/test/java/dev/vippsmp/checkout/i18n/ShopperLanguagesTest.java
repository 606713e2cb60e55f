package dev.vippsmp.checkout.i18n;

import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.DK_SUBSCRIPTION_KEY;
import static dev.vippsmp.testsupport.SimulatorDefaults.FI_CLIENT_ID;
import static dev.vippsmp.testsupport.SimulatorDefaults.FI_CLIENT_SECRET;
import static dev.vippsmp.testsupport.SimulatorDefaults.FI_MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.FI_SUBSCRIPTION_KEY;
import static dev.vippsmp.testsupport.SimulatorDefaults.MSN;
import static dev.vippsmp.testsupport.SimulatorDefaults.SUBSCRIPTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.checkout.support.WebClient;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.settings.Market;
import dev.vippsmp.core.settings.ProductPageButtons;
import dev.vippsmp.core.settings.SettingsChange;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Danish and Finnish shoppers in a MobilePay market read every text of the checkout in their language, word for
 * word as the Danish and Finnish bundles have it: the express buttons with the vendor's wording, the return page
 * while waiting, once paid and after a cancellation, a refused request, the payment method at checkout and the
 * order's name in the app. The test host takes the language from the browser's Accept-Language (Spring Boot's
 * default locale resolver), as a shop without a resolver of its own does.
 */
class ShopperLanguagesTest extends CheckoutIntegrationTest {

    @Autowired
    private VippsCheckout checkout;

    @AfterEach
    void backToTheNorwegianMarket() {
        settings.update(SettingsChange.none().withMarket(Market.NO)
                .withTest(new SettingsChange.Keys(MSN, CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION_KEY))
                .withExpress(new SettingsChange.Express(false, ProductPageButtons.NONE, null, null)), "test");
    }

    /** The market with its sales unit's keys, and the express buttons in the cart and on every product page. */
    private void market(Market market, String msn, String clientId, String clientSecret, String subscriptionKey) {
        settings.update(SettingsChange.none().withMarket(market)
                .withTest(new SettingsChange.Keys(msn, clientId, clientSecret, subscriptionKey))
                .withExpress(new SettingsChange.Express(true, ProductPageButtons.ALL, null, null)), "test");
    }

    /** Starts paying the order at checkout; returns the path of its return page. */
    private String startPaying(String order) {
        checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), URI.create(baseUrl() + "/orders/" + order),
                null));
        String returnUrl = Simulator.control().payment(reference(order)).get("returnUrl").asString();
        return returnUrl.substring(baseUrl().length());
    }

    private static String reference(String order) {
        return "co-" + order + "-1";
    }

    /** The buyer decides in the app, and the webhook tells the plugin; the page then says what became of it. */
    private WebClient.Response decided(WebClient visitor, String order, String returnPath, String decision) {
        Simulator.control().complete(reference(order), decision);
        payments.completion().complete(reference(order), Trigger.WEBHOOK);
        return visitor.get(returnPath);
    }

    /** What the app shows under the amount: the simulator's landing page stands in for the app. */
    private String appDescription(String order) {
        String landing = Simulator.control().payment(reference(order)).get("redirectUrl").asString();
        return visitor().get(landing).text("#amount + .muted");
    }

    @Test
    void aDanishShopperInTheDanishMarketReadsDanish() {
        market(Market.DK, DK_MSN, DK_CLIENT_ID, DK_CLIENT_SECRET, DK_SUBSCRIPTION_KEY);
        Locale danish = Locale.forLanguageTag("da-DK");
        WebClient visitor = visitor().language("da-DK");

        WebClient.Response shopPage = visitor.get("/test/shop");
        assertThat(shopPage.text("#listed button")).isEqualTo("Køb nu med MobilePay");
        assertThat(shopPage.html().selectFirst("#listed button").hasClass("vipps-brand-mobilepay")).isTrue();
        assertThat(shopPage.text("#cart button")).isEqualTo("Køb nu med MobilePay");
        assertThat(shopPage.text("#cart .vipps-express-hint"))
                .isEqualTo("Betal og del dine oplysninger i MobilePay-appen, uden formularer at udfylde.");
        assertThat(checkout.label(danish)).isEqualTo("MobilePay");
        assertThat(checkout.description(danish)).isEqualTo("Du godkender betalingen i MobilePay-appen.");

        String order = shop.newOrder(123_450, true, "DKK", danish);
        String returnPath = startPaying(order);
        WebClient.Response waiting = visitor.get(returnPath);
        assertThat(waiting.html().selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(waiting.text("title")).isEqualTo("Din betaling");
        assertThat(waiting.text("#vipps-title")).isEqualTo("Venter på din betaling");
        assertThat(waiting.text("#vipps-message"))
                .isEqualTo("Godkend betalingen i MobilePay-appen. "
                        + "Så snart MobilePay har bekræftet den, kan du se det her.");
        assertThat(waiting.text(".vipps-waiting")).isEqualTo("Siden opdaterer sig selv.");
        assertThat(waiting.text("#vipps-open-app")).isEqualTo("Gå til MobilePay igen");
        assertThat(waiting.text("#vipps-check-now")).isEqualTo("Tjek nu");
        assertThat(waiting.text("#vipps-continue")).isEqualTo("Fortsæt med at handle");
        assertThat(waiting.text(".vipps-summary h2")).isEqualTo("Ordre " + order);
        assertThat(waiting.text(".vipps-total td:first-child")).isEqualTo("I alt");
        assertThat(waiting.text("#vipps-total")).isEqualTo("1.234,50 kr.");
        assertThat(waiting.text(".vipps-reference")).isEqualTo("Betalingsreference: " + reference(order));
        assertThat(appDescription(order)).isEqualTo("Ordre " + order);

        WebClient.Response paid = decided(visitor, order, returnPath, "{}");
        assertThat(paid.text("#vipps-title")).isEqualTo("Tak for din ordre!");
        assertThat(paid.text("#vipps-message")).isEqualTo(
                "MobilePay har bekræftet din betaling. Vi har modtaget din ordre og giver besked, når den er på vej.");
        assertThat(paid.text("#vipps-order-page")).isEqualTo("Se din ordre");

        String cancelled = shop.newOrder(5_000, false, "DKK", danish);
        String cancelledPath = startPaying(cancelled);
        WebClient.Response rejected = decided(visitor, cancelled, cancelledPath, "{\"action\":\"REJECT\"}");
        assertThat(rejected.text("#vipps-title")).isEqualTo("Betalingen blev afbrudt");
        assertThat(rejected.text("#vipps-message"))
                .isEqualTo("Betalingen blev afbrudt i MobilePay, og der blev ikke trukket noget. Du kan prøve igen.");
        assertThat(rejected.text("#vipps-retry button")).isEqualTo("Prøv igen med MobilePay");

        WebClient.Response refused = emptyCartExpress(visitor);
        assertThat(refused.text("h1")).isEqualTo("Noget er ikke, som det skal være");
        assertThat(refused.text("#vipps-problem-message")).isEqualTo("Din kurv er tom.");
        assertThat(refused.text("#vipps-problem .vipps-action")).isEqualTo("Tilbage til butikken");
    }

    @Test
    void aFinnishShopperInTheFinnishMarketReadsFinnish() {
        market(Market.FI, FI_MSN, FI_CLIENT_ID, FI_CLIENT_SECRET, FI_SUBSCRIPTION_KEY);
        Locale finnish = Locale.forLanguageTag("fi-FI");
        WebClient visitor = visitor().language("fi-FI");

        WebClient.Response shopPage = visitor.get("/test/shop");
        assertThat(shopPage.text("#listed button")).isEqualTo("Osta nyt MobilePaylla");
        assertThat(shopPage.html().selectFirst("#listed button").hasClass("vipps-brand-mobilepay")).isTrue();
        assertThat(shopPage.text("#cart button")).isEqualTo("Osta nyt MobilePaylla");
        assertThat(shopPage.text("#cart .vipps-express-hint"))
                .isEqualTo("Maksa ja jaa tietosi MobilePay-sovelluksessa, ilman lomakkeita.");
        assertThat(checkout.label(finnish)).isEqualTo("MobilePay");
        assertThat(checkout.description(finnish)).isEqualTo("Vahvistat maksun MobilePay-sovelluksessa.");

        String order = shop.newOrder(123_450, true, "EUR", finnish);
        String returnPath = startPaying(order);
        WebClient.Response waiting = visitor.get(returnPath);
        assertThat(waiting.html().selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(waiting.text("title")).isEqualTo("Maksusi");
        assertThat(waiting.text("#vipps-title")).isEqualTo("Odotetaan maksuasi");
        assertThat(waiting.text("#vipps-message"))
                .isEqualTo("Vahvista maksu MobilePay-sovelluksessa. "
                        + "Näet tällä sivulla heti, kun maksu on vahvistettu.");
        assertThat(waiting.text(".vipps-waiting")).isEqualTo("Sivu päivittyy itsestään.");
        assertThat(waiting.text("#vipps-open-app")).isEqualTo("Avaa MobilePay uudelleen");
        assertThat(waiting.text("#vipps-check-now")).isEqualTo("Tarkista nyt");
        assertThat(waiting.text("#vipps-continue")).isEqualTo("Jatka ostoksia");
        assertThat(waiting.text(".vipps-summary h2")).isEqualTo("Tilaus " + order);
        assertThat(waiting.text(".vipps-total td:first-child")).isEqualTo("Yhteensä");
        assertThat(waiting.text("#vipps-total")).isEqualTo("1 234,50 €");
        assertThat(waiting.text(".vipps-reference")).isEqualTo("Maksun viite: " + reference(order));
        assertThat(appDescription(order)).isEqualTo("Tilaus " + order);

        WebClient.Response paid = decided(visitor, order, returnPath, "{}");
        assertThat(paid.text("#vipps-title")).isEqualTo("Kiitos tilauksestasi!");
        assertThat(paid.text("#vipps-message")).isEqualTo("Maksusi on vahvistettu MobilePay-sovelluksessa. "
                + "Olemme vastaanottaneet tilauksesi ja ilmoitamme, kun se on matkalla.");
        assertThat(paid.text("#vipps-order-page")).isEqualTo("Näytä tilaus");

        String cancelled = shop.newOrder(5_000, false, "EUR", finnish);
        String cancelledPath = startPaying(cancelled);
        WebClient.Response rejected = decided(visitor, cancelled, cancelledPath, "{\"action\":\"REJECT\"}");
        assertThat(rejected.text("#vipps-title")).isEqualTo("Maksu peruutettiin");
        assertThat(rejected.text("#vipps-message"))
                .isEqualTo("Maksu peruutettiin MobilePay-sovelluksessa, eikä mitään veloitettu. "
                        + "Voit yrittää uudelleen.");
        assertThat(rejected.text("#vipps-retry button")).isEqualTo("Yritä uudelleen (MobilePay)");

        WebClient.Response refused = emptyCartExpress(visitor);
        assertThat(refused.text("h1")).isEqualTo("Jokin ei ole kunnossa");
        assertThat(refused.text("#vipps-problem-message")).isEqualTo("Ostoskorisi on tyhjä.");
        assertThat(refused.text("#vipps-problem .vipps-action")).isEqualTo("Takaisin kauppaan");
    }

    /** "Buy now" in the cart of a visitor whose cart is empty: refused with the checkout's own page. */
    private static WebClient.Response emptyCartExpress(WebClient visitor) {
        String csrf = visitor.get("/test/shop").html().selectFirst("#cart input[name=_csrf]").attr("value");
        WebClient.Response refused = visitor.post("/vipps/express/cart", Map.of("_csrf", csrf));
        assertThat(refused.status()).isEqualTo(400);
        return refused;
    }
}
