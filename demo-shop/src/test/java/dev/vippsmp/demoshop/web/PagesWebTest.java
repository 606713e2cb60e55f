package dev.vippsmp.demoshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import org.junit.jupiter.api.Test;

/** What every page shares: the shop's own files only, a strict content security policy, and readable errors. */
class PagesWebTest extends ShopApplicationTest {

    @Test
    void pagesUseOnlyTheShopsOwnFilesUnderAStrictContentSecurityPolicy() {
        Response page = newVisitor().get("/products/wool-blanket");

        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.html().select("link[href], script[src], img[src]"))
                .allSatisfy(element -> assertThat(element.hasAttr("href") ? element.attr("href") : element.attr("src"))
                        .startsWith("/"));
        assertThat(page.html().select("[style], [onclick], [onload]")).isEmpty();
    }

    @Test
    void staticFilesAreVersionedByContentAndCachedForLong() {
        ShopClient visitor = newVisitor();
        String stylesheet = visitor.get("/").html().select("link[rel=stylesheet]").attr("href");

        Response css = visitor.get(stylesheet);

        assertThat(stylesheet).matches("/css/shop-[0-9a-f]{32}\\.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void theCheckoutsFilesAreCachedUnderTheShopsSecurityHeadersWithoutASession() {
        Response logo = newVisitor().get("/vipps/checkout/vipps.svg");

        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Cache-Control")).contains("max-age=86400");
        assertThat(logo.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(logo.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownPageIsANotFoundPageInTheShopsLayout() {
        Response response = newVisitor().get("/no/such/page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("h1")).isEqualTo("We could not find that page.");
        assertThat(response.text(".brand-name")).isEqualTo("Fjellbu");
        assertThat(response.body()).doesNotContain("Whitelabel", "Exception");
    }
}
