package dev.vippsmp.demoshop.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** One property turns the shop Danish: kroner, PostNord, MobilePay, English pages for Danish browsers. */
@TestPropertySource(properties = "demo.market.country=DK")
class DanishMarketWebTest extends ShopApplicationTest {

    @Autowired
    Market market;

    @Test
    void theWalletIsMobilePayAndPricesAreInDanishKroner() {
        ShopClient visitor = newVisitor().language("da-DK");

        assertThat(market.walletBrand()).isEqualTo(WalletBrand.MOBILEPAY);
        assertThat(visitor.get("/").text(".hero h1")).isEqualTo("Things for the cabin");
        assertThat(visitor.get("/products/wool-blanket").text(".price.large")).isEqualTo("949,00 kr.");
    }

    @Test
    void checkoutSendsWithPostNordFromDenmarkAndTheOrderIsInKroner() {
        ShopClient visitor = newVisitor();
        visitor.addToCart("enamel-mug", 1);

        assertThat(visitor.get("/checkout").html().select("#country option[selected]").val()).isEqualTo("DK");
        assertThat(visitor.get("/checkout").text("#shipping-options")).contains("PostNord", "39,00 kr.");
        Map<String, String> form = visitor.validCheckoutForm();
        form.put("country", "DK");
        form.put("postalCode", "1050");
        form.put("city", "København K");
        form.put("email", "danish.buyer@example.com");

        assertThat(visitor.post("/checkout", form).status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select currency, market_country, total_minor from shop_order "
                + "where buyer_email = 'danish.buyer@example.com'"))
                .containsEntry("CURRENCY", "DKK").containsEntry("MARKET_COUNTRY", "DK")
                .containsEntry("TOTAL_MINOR", 17_900L + 3_900L);
    }
}
