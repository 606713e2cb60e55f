package dev.vippsmp.checkout.config;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The checkout's paths, and the absolute URLs built from them: on the configured public base URL, else on the
 * address the shopper's request came to.
 */
public final class CheckoutUrls {

    public static final String RETURN = "/vipps/return";
    public static final String WEBHOOKS = "/vipps/webhooks";
    public static final String EXPRESS_CART = "/vipps/express/cart";
    public static final String EXPRESS_PRODUCT = "/vipps/express/product";
    public static final String SHIPPING_CALLBACK = "/vipps/express/shipping";

    private final URI publicBaseUrl;

    public CheckoutUrls(CheckoutProperties properties) {
        this.publicBaseUrl = properties.publicBaseUrl();
    }

    /** The shop's base URL: the configured one, else the scheme, host, port and context path of the request. */
    public URI base(HttpServletRequest request) {
        return publicBaseUrl != null ? publicBaseUrl : ServletUriComponentsBuilder.fromContextPath(request).build()
                .toUri();
    }

    /** The configured public base URL, else the given one (e.g. the base the host's checkout reports). */
    public URI base(URI fallback) {
        return publicBaseUrl != null ? publicBaseUrl : fallback;
    }

    public boolean hasPublicBaseUrl() {
        return publicBaseUrl != null;
    }

    /** Where the app sends the buyer back: the return page of one attempt, named by its secret token. */
    public String returnUrl(URI base, String token) {
        return on(base, RETURN + "/{token}", token);
    }

    public String shippingCallbackUrl(URI base) {
        return on(base, SHIPPING_CALLBACK);
    }

    public String webhookUrl(URI base) {
        return on(base, WEBHOOKS);
    }

    private static String on(URI base, String path, Object... variables) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return UriComponentsBuilder.fromUriString(root + path).buildAndExpand(variables).encode().toUriString();
    }
}
