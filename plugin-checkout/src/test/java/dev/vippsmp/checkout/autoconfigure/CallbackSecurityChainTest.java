package dev.vippsmp.checkout.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The chain of the endpoints the vendor's servers call runs only the filters such a request can use (each one is
 * paid for on every delivery), and still answers with the security headers; the host's chain, which demands CSRF
 * tokens, keeps every other path.
 */
class CallbackSecurityChainTest extends CheckoutIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    @Qualifier("vippsCallbackSecurity")
    private SecurityFilterChain callbacks;

    private HttpResponse<String> post(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCallbackChainRunsOnlyTheHeaderWriterBesideTheAsyncIntegration() {
        assertThat(callbacks.getFilters()).extracting(Filter::getClass)
                .containsExactly(WebAsyncManagerIntegrationFilter.class, HeaderWriterFilter.class);
    }

    @Test
    void aWebhookAnswerCarriesTheSecurityHeadersAndOtherPathsStillNeedACsrfToken() {
        HttpResponse<String> refused = post("/vipps/webhooks");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(refused.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();

        assertThat(post("/vipps/express/cart").statusCode()).isEqualTo(403);
    }
}
