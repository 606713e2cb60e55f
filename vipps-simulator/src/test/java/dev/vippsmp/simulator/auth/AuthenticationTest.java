package dev.vippsmp.simulator.auth;

import static dev.vippsmp.simulator.support.TestPayments.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class AuthenticationTest {

    private final Api api = new Api(Simulators.standard().baseUrl());

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
    }

    private Api.Call tokenCall() {
        return api.request("POST", "/accesstoken/get")
                .header("client_id", "sim-client-id")
                .header("client_secret", "sim-client-secret")
                .header("Ocp-Apim-Subscription-Key", "sim-subscription-key");
    }

    @Test
    void tokenAnswersEveryFieldAsAStringWithAOneHourLifetimeAndAJwt() {
        Api.Response response = tokenCall().send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        JsonNode token = response.json();
        assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").isString()).isTrue();
        assertThat(token.get("expires_in").asString()).isEqualTo("3600");
        assertThat(token.get("ext_expires_in").asString()).isEqualTo("3600");
        long notBefore = Long.parseLong(token.get("not_before").asString());
        assertThat(Long.parseLong(token.get("expires_on").asString())).isEqualTo(notBefore + 3600);
        assertThat(token.get("resource").asString()).isNotBlank();
        String[] jwt = token.get("access_token").asString().split("\\.");
        assertThat(jwt).hasSize(3);
        assertThat(new String(Base64.getUrlDecoder().decode(jwt[1]))).contains("\"msn\":\"123456\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/x-www-form-urlencoded", "text/plain", ""})
    void tokenIgnoresAnEmptyBodyWhateverItsContentType(String contentType) {
        Api.Call call = tokenCall().body("");
        if (!contentType.isEmpty()) {
            call.header("Content-Type", contentType);
        }
        assertThat(call.send().status()).isEqualTo(200);
    }

    @Test
    void tokenToleratesEmptySystemHeadersAndRefusesLongOnes() {
        assertThat(tokenCall().header("Vipps-System-Name", "").header("Vipps-System-Plugin-Version", "")
                .send().status()).isEqualTo(200);
        Api.Response tooLong = tokenCall().header("Vipps-System-Plugin-Name", "x".repeat(31)).send();
        assertProblem(tooLong, 400, null);
        assertThat(tooLong.json().get("extraDetails").get(0).get("name").asString())
                .isEqualTo("Vipps-System-Plugin-Name");
    }

    @Test
    void tokenRefusesMissingOrWrongCredentials() {
        assertProblem(tokenCall().without("Ocp-Apim-Subscription-Key").send(), 401, null);
        assertProblem(tokenCall().header("Ocp-Apim-Subscription-Key", "wrong").send(), 401, null);
        assertProblem(tokenCall().header("client_secret", "wrong").send(), 401, null);
        assertProblem(tokenCall().header("client_id", "sim-dk-client-id")
                .header("client_secret", "sim-dk-client-secret").send(), 401, null);
        assertProblem(tokenCall().without("client_id").send(), 400, "4140");
        assertProblem(tokenCall().without("client_secret").send(), 400, "4140");
        assertProblem(tokenCall().header("Merchant-Serial-Number", "654321").send(), 403, null);
        assertProblem(api.request("GET", "/accesstoken/get").send(), 405, null);
    }

    @Test
    void everyApiCallNeedsABearerTokenOfTheSubscriptionKeysSalesUnit() {
        String path = "/epayment/v1/payments/" + TestPayments.create(api, 1000);
        assertThat(api.get(path).status()).isEqualTo(200);

        assertProblem(api.call("GET", path).without("Authorization").send(), 401, null);
        assertProblem(api.call("GET", path).header("Authorization", api.token()).send(), 401, null);
        assertProblem(api.call("GET", path).header("Authorization", "Token " + api.token()).send(), 401, null);
        assertProblem(api.call("GET", path).header("Authorization", "Bearer not-a-token").send(), 401, null);
        String danishToken = new Api(api.baseUrl(), Api.Merchant.DENMARK).token();
        assertProblem(api.call("GET", path).header("Authorization", "Bearer " + danishToken).send(), 401, null);
        assertThat(api.call("GET", path).header("Authorization", "bearer " + api.token()).send().status())
                .isEqualTo(200);
    }

    @Test
    void theSubscriptionKeyAndTheMerchantSerialNumberAreChecked() {
        String path = "/epayment/v1/payments/" + TestPayments.create(api, 1000);

        assertProblem(api.call("GET", path).without("Ocp-Apim-Subscription-Key").send(), 401, null);
        assertProblem(api.call("GET", path).header("Ocp-Apim-Subscription-Key", "sim-dk-subscription-key").send(),
                401, null);
        assertProblem(api.call("GET", path).without("Merchant-Serial-Number").send(), 400, "4140");
        assertProblem(api.call("GET", path).header("Merchant-Serial-Number", "12ab").send(), 400, null);
        assertProblem(api.call("GET", path).header("Merchant-Serial-Number", "654321").send(), 403, null);
    }

    @Test
    void anExpiredTokenIsRefusedAndANewOneWorks() {
        String path = "/epayment/v1/payments/" + TestPayments.create(api, 1000);
        String oldToken = api.token();

        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"PT1H\"}");

        Api.Response expired = api.call("GET", path).header("Authorization", "Bearer " + oldToken).send();
        assertProblem(expired, 401, null);
        assertThat(expired.json().get("detail").asString()).contains("expired");
        api.forgetToken();
        assertThat(api.get(path).status()).isEqualTo(200);
    }

    @Test
    void systemHeadersMayBeEmptyButNotLongerThanThirtyCharacters() {
        String path = "/epayment/v1/payments/" + TestPayments.create(api, 1000);

        assertThat(api.call("GET", path).header("Vipps-System-Name", "").header("Vipps-System-Version", "")
                .send().status()).isEqualTo(200);
        assertThat(api.call("GET", path).header("Vipps-System-Name", "x".repeat(30)).send().status()).isEqualTo(200);
        for (String header : new String[] {"Vipps-System-Name", "Vipps-System-Version", "Vipps-System-Plugin-Name",
                "Vipps-System-Plugin-Version"}) {
            assertProblem(api.call("GET", path).header(header, "x".repeat(31)).send(), 400, null);
        }
    }

    @Test
    void aResetRevokesEveryToken() {
        String token = api.token();
        TestPayments.reset(api);
        assertProblem(api.call("GET", "/webhooks/v1/webhooks").header("Authorization", "Bearer " + token).send(),
                401, null);
    }
}
