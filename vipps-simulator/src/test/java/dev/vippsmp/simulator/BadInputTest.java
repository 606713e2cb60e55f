package dev.vippsmp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.RawHttp;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Whatever arrives, the answer is a 4xx in the vendor's shape: never a 500, never a stack trace, never an HTML page.
 */
class BadInputTest {

    private static final List<String> BODIES = List.of("", "{", "null", "[]", "\"text\"", "42", "{\"a\":}",
            "{\"modificationAmount\":\"lots\"}", "{\"modificationAmount\":{\"currency\":5,\"value\":true}}",
            "{\"amount\":{\"currency\":\"NOK\",\"value\":1e400}}", "{\"events\":\"all\",\"url\":7}",
            "{\"orderLines\":{},\"bottomLine\":[]}", "{\"category\":null}", "\u0000\u0001binary");

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    @Test
    void malformedAndMistypedBodiesGetA4xxEverywhere() {
        String reference = TestPayments.createAuthorized(api, 1000);
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/epayment/v1/payments"},
                new String[] {"POST", "/epayment/v1/payments/" + reference + "/capture"},
                new String[] {"POST", "/epayment/v1/payments/" + reference + "/refund"},
                new String[] {"POST", "/epayment/v1/payments/" + reference + "/cancel"},
                new String[] {"POST", "/epayment/v1/test/payments/" + reference + "/approve"},
                new String[] {"POST", "/webhooks/v1/webhooks"},
                new String[] {"POST", "/order-management/v2/ECOM/receipts/" + reference},
                new String[] {"PUT", "/order-management/v2/ECOM/categories/" + reference},
                new String[] {"POST", "/simulator/faults"},
                new String[] {"POST", "/simulator/webhook-faults"},
                new String[] {"POST", "/simulator/payments/" + reference + "/complete"},
                new String[] {"POST", "/simulator/clock/advance"},
                new String[] {"PUT", "/simulator/rate-limits"});
        List<String> failures = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            for (String body : BODIES) {
                if (body.isEmpty() && endpoint[1].matches(".*/(cancel|approve|complete)$")) {
                    continue; // these take no body at all
                }
                Api.Response response = api.call(endpoint[0], endpoint[1]).idempotencyKey("bad-" + body.hashCode())
                        .json(body).send();
                if (endpoint[1].endsWith("/cancel") && response.status() == 200) {
                    continue; // cancel ignores what it does not know, as the vendor's does
                }
                check(endpoint[0] + " " + endpoint[1] + " <- " + body, endpoint[1], response, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void wrongMethodsUnknownPathsAndOddHeadersGetA4xx() {
        String reference = TestPayments.create(api, 1000);
        String payment = "/epayment/v1/payments/" + reference;
        List<String> failures = new ArrayList<>();
        check("DELETE payment", payment, api.call("DELETE", payment).send(), failures);
        check("PUT payments", "/epayment/v1/payments", api.call("PUT", "/epayment/v1/payments").json("{}").send(),
                failures);
        check("unknown path", "/epayment/v2/payments", api.get("/epayment/v2/payments"), failures);
        check("root", "/", api.request("GET", "/").send(), failures);
        // "/vipps-userinfo-api/userinfo/" without a sub is Login's userinfo, with OAuth errors: LoginProviderTest.
        check("encoded slash", "/epayment/v1/payments/", api.get("/epayment/v1/payments/abc%2Fdef"), failures);
        check("long reference", "/epayment/v1/payments/", api.get("/epayment/v1/payments/" + "r".repeat(300)),
                failures);
        check("form content", "/epayment/v1/payments", api.call("POST", "/epayment/v1/payments").idempotencyKey("form")
                .header("Content-Type", "application/x-www-form-urlencoded").body("amount=100").send(), failures);
        check("xml content", "/epayment/v1/payments", api.call("POST", "/epayment/v1/payments").idempotencyKey("xml")
                .header("Content-Type", "application/xml").body("<payment/>").send(), failures);
        check("accept html", payment, api.call("GET", payment).header("Accept", "text/html")
                .without("Authorization").send(), failures);
        check("journal bad limit", "/simulator/journal", api.request("GET", "/simulator/journal?limit=many").send(),
                failures);
        check("journal bad since", "/simulator/journal", api.request("GET", "/simulator/journal?sinceId=x").send(),
                failures);
        check("landing without token", "/simulator/landing/approve",
                api.request("POST", "/simulator/landing/approve").send(), failures);
        check("landing bad token", "/simulator/landing/approve",
                api.request("POST", "/simulator/landing/approve?token=nope").send(), failures);
        String token = api.get(payment).json().get("redirectUrl").asString().replaceAll(".*token=", "");
        for (String step : new String[] {"address", "shipping", "approve", "consent?decision=accept", "change?what=x"}) {
            Api.Response skipped = api.request("POST", "/simulator/landing/" + step + (step.contains("?") ? "&" : "?")
                    + "token=" + token).send();
            if (skipped.status() != 302) {
                failures.add("landing step " + step + " without the earlier steps -> " + skipped.status());
            }
        }
        check("huge body", "/epayment/v1/payments", api.call("POST", "/epayment/v1/payments").idempotencyKey("huge")
                .json("{\"a\":\"" + "x".repeat(1_100_000) + "\"}").send(), failures);
        assertThat(failures).isEmpty();
    }

    /**
     * Tomcat refuses these before any servlet runs; its own answer would be an HTML page. Some cannot even be built
     * as a {@code java.net.URI}, so they go out as raw request lines.
     */
    @Test
    void urlsTheServerItselfRefusesGetTheVendorsShapeToo() {
        List<String> failures = new ArrayList<>();
        for (String prefix : new String[] {"/epayment/v1/payments/", "/vipps-userinfo-api/userinfo/",
                "/webhooks/v1/webhooks/", "/order-management/v2/ECOM/", "/simulator/payments/"}) {
            for (String bad : new String[] {"abc%2Fdef", "%00", "a%5Cb", "%", "%ZZ", "%C0%AF"}) {
                check("GET " + prefix + bad, prefix, RawHttp.get(api.baseUrl(), prefix + bad), failures);
            }
        }
        check("token call with a NUL byte", "/accesstoken/get",
                RawHttp.get(api.baseUrl(), "/accesstoken/get%00"), failures);
        // A request line Tomcat cannot parse tells it no path, hence no API: problem+json, as most APIs answer.
        check("character a URL may not hold", "/", RawHttp.get(api.baseUrl(), "/order-management/v2/ECOM/a{b}"),
                failures);
        assertThat(failures).isEmpty();
    }

    /**
     * A 4xx in the error shape of the API the path belongs to, with nothing of the simulator's insides: problem+json
     * for ePayment, the token call, Webhooks and the control API; the vendor's own JSON error types for Userinfo
     * ({@code UserinfoError}) and Order Management ({@code ErrorResponse}); the landing page, which people read, may
     * answer HTML instead.
     */
    private static void check(String what, String path, Api.Response response, List<String> failures) {
        String contentType = String.valueOf(response.header("Content-Type"));
        boolean fourXx = response.status() >= 400 && response.status() < 500;
        boolean leaks = response.body().contains("Exception") || response.body().contains("\tat ")
                || response.body().contains("dev.vippsmp.") || response.body().contains("tools.jackson");
        boolean page = path.startsWith("/simulator/landing") && contentType.startsWith("text/html");
        String expected = errorContentType(path);
        boolean shaped = page || contentType.startsWith(expected) && hasShape(path, response);
        if (!fourXx || leaks || !shaped) {
            failures.add(what + " -> " + response.status() + " " + contentType + " (expected " + expected + ") "
                    + abbreviate(response.body()));
        }
    }

    private static String errorContentType(String path) {
        if (path.startsWith("/vipps-userinfo-api/") || path.startsWith("/order-management/")) {
            return "application/json";
        }
        return "application/problem+json";
    }

    private static boolean hasShape(String path, Api.Response response) {
        JsonNode body;
        try {
            body = response.json();
        } catch (RuntimeException notJson) {
            return false;
        }
        boolean common = body.path("title").isString() && body.path("detail").isString();
        if (path.startsWith("/order-management/")) {
            return common && body.path("invalidParams").isArray();
        }
        if (path.startsWith("/vipps-userinfo-api/")) {
            return common && body.path("status").asString().equals(String.valueOf(response.status()));
        }
        return common && body.path("type").isString() && body.path("status").asInt() == response.status()
                && body.path("instance").asString().startsWith("/") && body.path("traceId").isString()
                && body.path("extraDetails").isArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
