package dev.vippsmp.demoshop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor speaking plain HTTP to the running shop, for requests a browser would never send (tampered fields,
 * missing CSRF tokens, out-of-range numbers). It keeps cookies like a browser and never follows redirects, so a test
 * sees each status code.
 */
public final class ShopClient {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String language = "en";

    ShopClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sends this Accept-Language from now on (English by default). */
    public ShopClient language(String language) {
        this.language = language;
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** Posts exactly the given fields: no CSRF token unless the caller adds one. */
    public Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the fields with the CSRF token of the form the given page shows, as that page's form would. */
    public Response postFrom(String pagePath, String actionPath, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken(pagePath));
        return post(actionPath, withToken);
    }

    public String csrfToken(String pagePath) {
        Response page = get(pagePath);
        Element token = page.html().selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new AssertionError("No CSRF token on " + pagePath + " (status " + page.status() + ")");
        }
        return token.attr("value");
    }

    /** Adds a product to the cart the way its product page's form does. */
    public Response addToCart(String slug, int quantity) {
        Document page = get("/products/" + slug).html();
        return post("/cart/add", Map.of(
                "_csrf", page.selectFirst("form.add-to-cart input[name=_csrf]").attr("value"),
                "productId", page.selectFirst("form.add-to-cart input[name=productId]").attr("value"),
                "quantity", String.valueOf(quantity)));
    }

    /**
     * Everything the checkout form needs to place an order with the current cart, filled in validly from the
     * checkout page as shown now (its CSRF token, its total, the preselected delivery method, pay on invoice).
     * Tests change or remove fields to make it invalid.
     */
    public Map<String, String> validCheckoutForm() {
        Response page = get("/checkout");
        if (page.status() != 200) {
            throw new AssertionError("Checkout page answered " + page.status());
        }
        Document html = page.html();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", html.selectFirst("#checkout input[name=_csrf]").attr("value"));
        form.put("expectedTotal", html.selectFirst("input[name=expectedTotal]").attr("value"));
        form.put("firstName", "Kari");
        form.put("lastName", "Nordmann");
        form.put("email", "kari.nordmann@example.com");
        form.put("phone", "+47 912 34 567");
        Element shipping = html.selectFirst("input[name=shippingMethod][checked]");
        if (shipping != null) {
            form.put("street", "Storgata 1");
            form.put("postalCode", "0155");
            form.put("city", "Oslo");
            form.put("country", "NO");
            form.put("shippingMethod", shipping.attr("value"));
        }
        form.put("paymentMethod", "invoice");
        form.put("acceptTerms", "true");
        return form;
    }

    /** Buys one of the product on invoice with a valid checkout; returns the buyer's link to the order. */
    public OrderLink buy(String slug) {
        addToCart(slug, 1);
        Response placed = post("/checkout", validCheckoutForm());
        if (placed.status() != 302 || !placed.location().contains("/orders/")) {
            throw new AssertionError("Checkout answered " + placed.status() + " " + placed.location());
        }
        String path = placed.location().substring(placed.location().indexOf("/orders/"));
        return new OrderLink(Long.parseLong(path.substring("/orders/".length(), path.indexOf('?'))), path,
                path.substring(path.indexOf("token=") + "token=".length()));
    }

    /** Logs in to the admin area through the login form. */
    public ShopClient loginAsAdmin(String username, String password) {
        Response response = postFrom("/admin/login", "/admin/login", Map.of("username", username, "password", password));
        if (response.status() != 302 || response.location().contains("error")) {
            throw new AssertionError("Admin login failed: " + response.status() + " " + response.location());
        }
        return this;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", language);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String[] parts = setCookie.split(";");
        String[] pair = parts[0].split("=", 2);
        boolean expired = false;
        for (String attribute : parts) {
            String a = attribute.trim().toLowerCase();
            if (a.equals("max-age=0") || a.startsWith("expires=thu, 01 jan 1970")) {
                expired = true;
            }
        }
        if (expired || pair.length < 2 || pair[1].isEmpty()) {
            cookies.remove(pair[0].trim());
        } else {
            cookies.put(pair[0].trim(), pair[1].trim());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A buyer's link to an order: its number, the path with the token, and the token. */
    public record OrderLink(long id, String path, String token) {
    }

    /** A response: status, body, where a redirect points, and all headers. */
    public record Response(int status, String body, String location, HttpHeaders headers) {

        public Document html() {
            return Jsoup.parse(body);
        }

        /** The text of the elements matching a CSS selector, with non-breaking spaces read as plain ones. */
        public String text(String css) {
            return html().select(css).text().replace('\u00a0', ' ');
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }
}
