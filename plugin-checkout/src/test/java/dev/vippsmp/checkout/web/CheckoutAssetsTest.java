package dev.vippsmp.checkout.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** The checkout's files as a browser fetches them: kept in its cache, asked again only when they may have changed. */
class CheckoutAssetsTest extends CheckoutIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ResourceUrlProvider urls;

    @Test
    void aPlainNameIsKeptForADayAndThenRevalidated() throws Exception {
        HttpResponse<String> first = get("/vipps/checkout/checkout.css", null);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = get("/vipps/checkout/checkout.css", lastModified);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aContentHashedNameIsKeptForAYear() throws Exception {
        String versioned = urls.getForLookupPath("/vipps/checkout/return.js");

        HttpResponse<String> script = get(versioned, null);

        assertThat(versioned).matches("/vipps/checkout/return-[0-9a-f]{32}\\.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).isEqualTo(get("/vipps/checkout/return.js", null).body());
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    }

    @Test
    void aFileCarriesTheSecurityHeadersButStartsNoSession() throws Exception {
        HttpResponse<String> logo = get("/vipps/checkout/vipps.svg", null);

        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(logo.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path, String ifModifiedSince) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
