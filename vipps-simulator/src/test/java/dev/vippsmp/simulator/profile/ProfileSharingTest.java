package dev.vippsmp.simulator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProfileSharingTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    private String createWithScope(String scope) {
        String reference = TestPayments.reference();
        Api.Response created = api.post("/epayment/v1/payments", TestPayments.body(reference, "NOK", 1000)
                .replace("\"userFlow\"", "\"profile\":{\"scope\":\"" + scope + "\"},\"userFlow\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return reference;
    }

    /** {@code profile.sub} appears shortly after authorization, as the vendor's does. */
    private JsonNode awaitSub(String reference) {
        return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> TestPayments.get(api, reference), payment -> payment.get("profile").has("sub"));
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void userinfoHoldsExactlyTheConsentedClaims() {
        String reference = createWithScope("name email phoneNumber");
        assertThat(TestPayments.complete(api, reference, "{\"user\":\"4791234567\"}").json().get("outcome").asString())
                .isEqualTo("AUTHORIZED");

        JsonNode payment = awaitSub(reference);
        String sub = payment.get("profile").get("sub").asString();
        assertThat(fieldNames(payment.get("userDetails")))
                .containsExactlyInAnyOrder("email", "firstName", "lastName", "mobileNumber");
        assertThat(payment.get("userDetails").get("mobileNumber").asString()).isEqualTo("4791234567");

        Api.Response userinfo = api.get("/vipps-userinfo-api/userinfo/" + sub);
        assertThat(userinfo.status()).isEqualTo(200);
        assertThat(userinfo.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(fieldNames(userinfo.json())).containsExactlyInAnyOrder("sub", "name", "given_name",
                "family_name", "email", "email_verified", "phone_number");
        assertThat(userinfo.json().get("name").asString()).isEqualTo("Kari Nordmann");
        assertThat(userinfo.json().get("email_verified").asBoolean()).isTrue();
    }

    @Test
    void addressesAndBirthDateComeOnlyWhenAskedFor() {
        String reference = createWithScope("address birthDate");
        TestPayments.complete(api, reference, "{\"user\":\"4798765432\"}");
        String sub = awaitSub(reference).get("profile").get("sub").asString();

        JsonNode userinfo = api.get("/vipps-userinfo-api/userinfo/" + sub).json();

        assertThat(fieldNames(userinfo)).containsExactlyInAnyOrder("sub", "address", "other_addresses", "birthdate");
        assertThat(userinfo.get("birthdate").asString()).isEqualTo("1979-11-02");
        assertThat(userinfo.get("address").get("default").asBoolean()).isTrue();
        assertThat(userinfo.get("address").get("street_address").asString()).isEqualTo("Storgata 1\nLeilighet H0301");
        assertThat(userinfo.get("other_addresses")).hasSize(2);
        assertThat(userinfo.get("other_addresses").get(0).get("address_type").asString()).isEqualTo("work");
    }

    @Test
    void forceApproveConsentsForTheDefaultUser() {
        String reference = createWithScope("email");
        api.call("POST", "/epayment/v1/test/payments/" + reference + "/approve").send();
        String sub = awaitSub(reference).get("profile").get("sub").asString();
        assertThat(api.get("/vipps-userinfo-api/userinfo/" + sub).json().get("email").asString())
                .isEqualTo("kari.nordmann@example.com");
    }

    @Test
    void refusingConsentAbortsThePayment() {
        String reference = createWithScope("name");
        assertThat(TestPayments.complete(api, reference, "{\"consent\":false}").json().get("outcome").asString())
                .isEqualTo("ABORTED");
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("ABORTED");
    }

    @Test
    void theSubDiffersPerSalesUnitAndUnknownSubsAreNotFound() {
        String reference = createWithScope("name");
        TestPayments.complete(api, reference, "{}");
        String sub = awaitSub(reference).get("profile").get("sub").asString();

        Api denmark = new Api(api.baseUrl(), Api.Merchant.DENMARK);
        Api.Response foreign = denmark.call("GET", "/vipps-userinfo-api/userinfo/" + sub)
                .without("Merchant-Serial-Number").send();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(foreign.json().get("status").asString()).isEqualTo("404");
        assertThat(foreign.json().get("title").asString()).isNotBlank();
        assertThat(api.get("/vipps-userinfo-api/userinfo/not-a-sub").status()).isEqualTo(404);
        assertThat(api.call("GET", "/vipps-userinfo-api/userinfo/" + sub).without("Authorization").send().json()
                .get("status").asString()).isEqualTo("401");
    }

    @Test
    void userinfoCanBeReadFor168HoursAfterThePayment() {
        String reference = createWithScope("name");
        TestPayments.complete(api, reference, "{}");
        String sub = awaitSub(reference).get("profile").get("sub").asString();

        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"167h\"}");
        api.forgetToken();
        assertThat(api.get("/vipps-userinfo-api/userinfo/" + sub).status()).isEqualTo(200);
        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"2h\"}");
        api.forgetToken();
        assertThat(api.get("/vipps-userinfo-api/userinfo/" + sub).status()).isEqualTo(403);
    }

    @Test
    void profileSharingMayAskForTheAddressWithoutShippingAndIsThenNoExpress() {
        String reference = createWithScope("name address email phoneNumber");
        JsonNode completed = TestPayments.complete(api, reference, "{\"user\":\"4798765432\"}").json();
        assertThat(completed.get("outcome").asString()).isEqualTo("AUTHORIZED");
        assertThat(completed.get("payment").get("express").asBoolean()).isFalse();

        JsonNode payment = awaitSub(reference);
        assertThat(payment.get("aggregate").get("authorizedAmount").get("value").asLong()).isEqualTo(1000);
        assertThat(payment.has("shippingDetails")).isFalse();
        assertThat(payment.get("userDetails").get("addresses").get(0).get("addressLine1").asString())
                .isEqualTo("Storgata 1");
        JsonNode userinfo = api.get("/vipps-userinfo-api/userinfo/" + payment.get("profile").get("sub").asString())
                .json();
        assertThat(userinfo.get("address").get("postal_code").asString()).isEqualTo("0155");
    }

    @Test
    void withUserDetailsWithheldOnlyTheSubIsGivenAndUserinfoHasTheClaims() {
        JsonNode setting = api.control("PUT", "/simulator/profile-sharing", "{\"userDetails\":false}").json();
        assertThat(setting.get("userDetails").asBoolean()).isFalse();
        String reference = createWithScope("name email phoneNumber");
        TestPayments.complete(api, reference, "{}");

        JsonNode payment = awaitSub(reference);

        assertThat(payment.has("userDetails")).isFalse();
        assertThat(api.control("GET", "/simulator/payments/" + reference, null).json().get("approval")
                .get("userDetailsShared").asBoolean()).isFalse();
        JsonNode userinfo = api.get("/vipps-userinfo-api/userinfo/" + payment.get("profile").get("sub").asString())
                .json();
        assertThat(userinfo.get("email").asString()).isEqualTo("kari.nordmann@example.com");

        TestPayments.reset(api);
        assertThat(api.control("GET", "/simulator/profile-sharing", null).json().get("userDetails").asBoolean())
                .isTrue();
    }

    @Test
    void aLateSubAppearsOnlyOnceItsDelayHasPassedOnTheSimulatorsClock() {
        String reference = createWithScope("name email phoneNumber");
        TestPayments.complete(api, reference, "{\"profileDelay\":\"10m\",\"userDetails\":false}");

        JsonNode early = TestPayments.get(api, reference);
        assertThat(early.get("state").asString()).isEqualTo("AUTHORIZED");
        assertThat(early.get("profile").has("sub")).isFalse();

        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"10m\"}");
        JsonNode late = TestPayments.get(api, reference);
        assertThat(late.get("profile").get("sub").asString()).isNotBlank();
        assertThat(late.has("userDetails")).isFalse();
    }

    @Test
    void theProfileSharingSettingTakesAFlagOrADelay() {
        JsonNode delayed = api.control("PUT", "/simulator/profile-sharing", "{\"profileDelay\":\"2m\"}").json();
        assertThat(delayed.get("profileDelay").asString()).isEqualTo("PT2M");
        assertThat(delayed.get("userDetails").asBoolean()).isTrue();
        TestPayments.assertProblem(api.control("PUT", "/simulator/profile-sharing", "{}"), 400, "4140");
        TestPayments.assertProblem(api.control("PUT", "/simulator/profile-sharing",
                "{\"profileDelay\":\"soon\"}"), 400, null);
        TestPayments.assertProblem(api.control("PUT", "/simulator/profile-sharing",
                "{\"userDetails\":\"no\"}"), 400, null);

        String reference = createWithScope("email");
        TestPayments.complete(api, reference, "{}");
        assertThat(TestPayments.get(api, reference).get("profile").has("sub")).isFalse();
        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"2m\"}");
        assertThat(TestPayments.get(api, reference).get("userDetails").get("email").asString())
                .isEqualTo("kari.nordmann@example.com");
    }
}
