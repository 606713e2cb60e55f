package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The express buttons and their stylesheet as the shop's pages carry them, in the markup a browser receives. */
class StorefrontWebTest extends SandboxWebTest {

    @Test
    void aProductPageLinksTheButtonsStylesheetInItsOneHeadAndPostsTheProductWithTheCsrfToken() {
        Response page = newVisitor().get("/products/wool-blanket");

        // Browsers (and jsoup) quietly merge a <head> nested in <head>; the bytes must not carry one.
        assertThat(page.body().split("<head[ >]", -1)).hasSize(2);
        Document html = page.html();
        assertThat(html.head().select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/vipps/checkout/checkout"));
        Element form = html.selectFirst(".buy-now form.vipps-express-product");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/vipps/express/product");
        assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(form.select("input[name=productId]").attr("value")).isNotBlank();
    }

    @Test
    void theCartShowsTheCartButtonOnlyWhenThereIsSomethingToBuy() {
        ShopClient visitor = newVisitor();
        assertThat(visitor.get("/cart").html().select("form.vipps-express-cart")).isEmpty();

        visitor.addToCart("enamel-mug", 1);

        Element form = visitor.get("/cart").html().selectFirst("form.vipps-express-cart");
        assertThat(form).isNotNull();
        assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
    }
}
