package dev.vippsmp.checkout.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A visitor speaking HTTP like a browser (cookies kept, redirects not followed) to the test host. */
public final class WebClient {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String language = "en";

    WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sends this header with every request from now on. */
    public WebClient with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sends this Accept-Language from now on instead of English, as a browser set to that language would. */
    public WebClient language(String languageTag) {
        this.language = languageTag;
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** Posts exactly these fields, no CSRF token unless given. */
    public Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the form of the page that matches the selector, as a browser would (its hidden fields included). */
    public Response submit(String pagePath, String formSelector) {
        Element form = get(pagePath).html().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on " + pagePath);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return post(form.attr("action"), fields);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                : baseUrl + path)).timeout(Duration.ofSeconds(30)).header("Accept-Language", language);
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                String[] pair = cookie.split(";")[0].split("=", 2);
                cookies.put(pair[0].trim(), pair.length > 1 ? pair[1].trim() : "");
            });
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""),
                    response.headers().firstValue("Content-Security-Policy").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String location, String contentSecurityPolicy) {

        public Document html() {
            return Jsoup.parse(body);
        }

        public String text(String css) {
            return html().select(css).text().replace('\u00a0', ' ');
        }
    }
}
