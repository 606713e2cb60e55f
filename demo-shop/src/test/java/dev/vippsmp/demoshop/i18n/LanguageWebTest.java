package dev.vippsmp.demoshop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import org.junit.jupiter.api.Test;

/** Pages speak Norwegian or English: by choice, else by the browser, else by the market (Norwegian in Norway). */
class LanguageWebTest extends ShopApplicationTest {

    @Test
    void aNorwegianBrowserGetsNorwegianPagesAndPrices() {
        Response page = newVisitor().language("nb-NO,nb;q=0.9").get("/products/wool-blanket");

        assertThat(page.text("h1")).isEqualTo("Ullteppe Fjord");
        assertThat(page.text(".price.large")).isEqualTo("kr 1 299,00");
        assertThat(page.text("form.add-to-cart button")).isEqualTo("Legg i handlekurven");
        assertThat(page.html().select("html").attr("lang")).isEqualTo("nb");
    }

    @Test
    void aBrowserInAnotherLanguageGetsTheMarketsLanguage() {
        assertThat(newVisitor().language("de-DE").get("/").text(".hero h1")).isEqualTo("Ting til hytta");
    }

    @Test
    void theSwitchChangesTheLanguageForTheRestOfTheVisit() {
        ShopClient visitor = newVisitor().language("nb");

        Response switched = visitor.get("/cart?lang=en");

        assertThat(switched.text("h1")).isEqualTo("Your cart");
        assertThat(visitor.get("/").text(".hero h1")).isEqualTo("Things for the cabin");
        assertThat(visitor.get("/?lang=xx").text(".hero h1")).isEqualTo("Things for the cabin");
    }

    @Test
    void theSwitchOnABuyersOrderPageKeepsTheOrdersToken() {
        ShopClient buyer = newVisitor();
        String path = buyer.buy("gift-card").path();

        String norwegianLink = buyer.get(path).html().select(".languages a[lang=nb]").attr("href");

        assertThat(norwegianLink).startsWith(path.substring(0, path.indexOf('?'))).contains(path.substring(path.indexOf("token=")))
                .endsWith("lang=nb");
        assertThat(buyer.get(norwegianLink).text("#order-status")).isEqualTo("Behandles");
    }
}
