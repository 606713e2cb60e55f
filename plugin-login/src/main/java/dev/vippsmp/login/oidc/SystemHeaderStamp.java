package dev.vippsmp.login.oidc;

import dev.vippsmp.core.settings.SettingsService;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Stamps the four {@code Vipps-System-*} headers of the current settings on every Login call (token, userinfo,
 * JWKS), as the payment client does on its calls: the vendor asks plugins to send them on every API.
 */
public final class SystemHeaderStamp implements ClientHttpRequestInterceptor {

    private final SettingsService settings;

    public SystemHeaderStamp(SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        settings.current().systemHeaders().asHeaders().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                request.getHeaders().set(name, value);
            }
        });
        return execution.execute(request, body);
    }
}
