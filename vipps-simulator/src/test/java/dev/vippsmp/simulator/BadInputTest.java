package dev.vippsmp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
                check(endpoint[0] + " " + endpoint[1] + " <- " + body, response, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void wrongMethodsUnknownPathsAndOddHeadersGetA4xx() {
        String reference = TestPayments.create(api, 1000);
        List<String> failures = new ArrayList<>();
        check("DELETE payment", api.call("DELETE", "/epayment/v1/payments/" + reference).send(), failures);
        check("PUT payments", api.call("PUT", "/epayment/v1/payments").json("{}").send(), failures);
        check("unknown path", api.get("/epayment/v2/payments"), failures);
        check("root", api.request("GET", "/").send(), failures);
        check("userinfo without sub", api.get("/vipps-userinfo-api/userinfo/"), failures);
        check("encoded slash", api.get("/epayment/v1/payments/abc%2Fdef"), failures);
        check("long reference", api.get("/epayment/v1/payments/" + "r".repeat(300)), failures);
        check("form content", api.call("POST", "/epayment/v1/payments").idempotencyKey("form")
                .header("Content-Type", "application/x-www-form-urlencoded").body("amount=100").send(), failures);
        check("xml content", api.call("POST", "/epayment/v1/payments").idempotencyKey("xml")
                .header("Content-Type", "application/xml").body("<payment/>").send(), failures);
        check("accept html", api.call("GET", "/epayment/v1/payments/" + reference).header("Accept", "text/html")
                .without("Authorization").send(), failures);
        check("journal bad limit", api.request("GET", "/simulator/journal?limit=many").send(), failures);
        check("journal bad since", api.request("GET", "/simulator/journal?sinceId=x").send(), failures);
        check("landing without token", api.request("POST", "/simulator/landing/approve").send(), failures);
        check("landing bad token", api.request("POST", "/simulator/landing/approve?token=nope").send(), failures);
        String token = api.get("/epayment/v1/payments/" + reference).json().get("redirectUrl").asString()
                .replaceAll(".*token=", "");
        for (String step : new String[] {"address", "shipping", "approve", "consent?decision=accept", "change?what=x"}) {
            Api.Response skipped = api.request("POST", "/simulator/landing/" + step + (step.contains("?") ? "&" : "?")
                    + "token=" + token).send();
            if (skipped.status() != 302) {
                failures.add("landing step " + step + " without the earlier steps -> " + skipped.status());
            }
        }
        check("huge body", api.call("POST", "/epayment/v1/payments").idempotencyKey("huge")
                .json("{\"a\":\"" + "x".repeat(1_100_000) + "\"}").send(), failures);
        assertThat(failures).isEmpty();
    }

    private static void check(String what, Api.Response response, List<String> failures) {
        String contentType = String.valueOf(response.header("Content-Type"));
        boolean fourXx = response.status() >= 400 && response.status() < 500;
        boolean leaks = response.body().contains("Exception") || response.body().contains("\tat ")
                || response.body().contains("dev.vippsmp.") || response.body().contains("tools.jackson");
        boolean shaped = contentType.startsWith("application/problem+json") || contentType.startsWith("application/json")
                || contentType.startsWith("text/html");
        if (!fourXx || leaks || !shaped) {
            failures.add(what + " -> " + response.status() + " " + contentType + " " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
