package dev.vippsmp.simulator.epayment;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    @Test
    void theSixthCaptureOfAReferenceInAMinuteGets429WithRetryAfter() {
        String reference = TestPayments.createAuthorized(api, 10_000);
        for (int i = 0; i < 5; i++) {
            assertThat(TestPayments.capture(api, reference, "NOK", 100).status()).isEqualTo(200);
        }

        Api.Response limited = TestPayments.capture(api, reference, "NOK", 100);

        assertProblem(limited, 429, null);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 61);
        String other = TestPayments.createAuthorized(api, 10_000);
        assertThat(TestPayments.capture(api, other, "NOK", 100).status()).isEqualTo(200);
        assertThat(TestPayments.get(api, reference).get("aggregate").get("capturedAmount").get("value").asLong())
                .isEqualTo(500);

        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"61s\"}");
        assertThat(TestPayments.capture(api, reference, "NOK", 100).status()).isEqualTo(200);
    }

    @Test
    void createIsCountedPerReferenceEvenWhenRepeated() {
        String reference = TestPayments.reference();
        for (int i = 0; i < 5; i++) {
            api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000));
        }
        assertProblem(api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000)), 429, null);
    }

    @Test
    void readsAreLimitedTo120AMinutePerReference() {
        String reference = TestPayments.create(api, 1000);
        for (int i = 0; i < 120; i++) {
            assertThat(api.get("/epayment/v1/payments/" + reference).status()).isEqualTo(200);
        }
        assertProblem(api.get("/epayment/v1/payments/" + reference), 429, null);
        assertThat(api.get("/epayment/v1/payments/" + reference + "/events").status()).isEqualTo(200);
    }

    @Test
    void limitsCanBeSwitchedOffForLoadTests() {
        assertThat(api.control("PUT", "/simulator/rate-limits", "{\"enabled\":false}").json().get("enabled")
                .asBoolean()).isFalse();
        String reference = TestPayments.createAuthorized(api, 10_000);
        for (int i = 0; i < 8; i++) {
            assertThat(TestPayments.capture(api, reference, "NOK", 100).status()).isEqualTo(200);
        }
        TestPayments.reset(api);
        assertThat(api.control("GET", "/simulator/rate-limits", null).json().get("enabled").asBoolean()).isTrue();
    }
}
