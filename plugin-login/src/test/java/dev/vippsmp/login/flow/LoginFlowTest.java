package dev.vippsmp.login.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.login.support.Browserless;
import dev.vippsmp.login.support.LoginIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A login through the simulator, and how it finds the shop's customer. */
class LoginFlowTest extends LoginIntegrationTest {

    @Test
    void aVerifiedEmailLinksTheExistingCustomerAndTheProfilePrefillsWhatTheShopShows() {
        Browserless.Page account = logIn(new Browserless(), KARI);

        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).isEqualTo(
                "customer kari | Kari Nordmann | kari.nordmann@example.com | 4791234567 | 0154");
    }

    @Test
    void anUnverifiedEmailNeverLinksThePhoneNumberDoes() {
        Browserless.Page account = logIn(new Browserless(), INGRID);

        assertThat(account.body()).startsWith("customer ingrid |");
    }

    @Test
    void aUserNoCustomerMatchesBecomesANewCustomerWhenCreatingIsAllowed() {
        Browserless.Page account = logIn(new Browserless(), OLA);

        assertThat(account.body()).startsWith("customer vipps-" + OLA + " | Ola Nordmann");
        assertThat(customers.byUsername("vipps-" + OLA)).hasValueSatisfying(
                customer -> assertThat(customer.email()).isEqualTo("ola.nordmann@example.com"));
    }

    @Test
    void theSecondLoginFindsTheCustomerByTheLinkedSubEvenAfterTheEmailChanged() {
        logIn(new Browserless(), KARI);
        customers.add(new dev.vippsmp.login.support.TestCustomers.Customer("kari", "kari@new.example.com", null));

        assertThat(logIn(new Browserless(), KARI).body()).startsWith("customer kari |");
    }

    @Test
    void theAuthorizeRequestCarriesStateNonceAndAnS256Challenge() {
        Browserless browser = new Browserless();
        String authorize = browser.get(shop("/oauth2/authorization/vipps")).location();

        Map<String, String> query = Browserless.params(authorize);
        assertThat(query).containsEntry("client_id", "sim-client-id").containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge")
                .doesNotContainKey("requested_flow");
        assertThat(query.get("scope").split(" ")).containsExactly("openid", "name", "email", "phoneNumber",
                "address");
        assertThat(query.get("redirect_uri")).isEqualTo(shop("/login/oauth2/code/vipps"));
    }

    @Test
    void theTokenUserinfoAndJwksCallsCarryTheVippsSystemHeaders() {
        // A new signing key, so that this login must fetch the JWKS rather than use the set an earlier one cached.
        simulator().rotateLoginKey();
        logIn(new Browserless(), KARI);

        for (String path : List.of("/access-management-1.0/access/oauth2/token",
                "/access-management-1.0/access/.well-known/jwks.json", "/vipps-userinfo-api/userinfo/")) {
            List<JsonNode> calls = simulator().journalQuery("pathPrefix=" + path);
            assertThat(calls).as(path).isNotEmpty();
            JsonNode headers = calls.get(calls.size() - 1).get("headers");
            assertThat(header(headers, "Vipps-System-Plugin-Name")).as(path).isEqualTo("vipps-login-tests");
            assertThat(header(headers, "Vipps-System-Name")).as(path).isNotBlank();
            assertThat(header(headers, "Vipps-System-Version")).as(path).isNotBlank();
            assertThat(header(headers, "Vipps-System-Plugin-Version")).as(path).isNotBlank();
        }
    }

    @Test
    void cancellingInTheAppLandsOnTheLoginPageNotLoggedIn() {
        Browserless browser = new Browserless();
        String appPage = startLogin(browser);
        Browserless.Page answer = browser.postForm(simulatorUrl() + "/simulator/login/app",
                Map.of("request", Browserless.params(appPage).get("request"), "phone", KARI, "decision", "cancel"));

        Browserless.Page landed = finish(browser, answer.location());

        assertThat(landed.body()).isEqualTo("login refused: access_denied");
        assertThat(browser.get(shop("/account")).status()).isEqualTo(302);
    }

    private static String header(JsonNode headers, String name) {
        for (var entry : headers.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue().get(0).asString();
            }
        }
        return null;
    }
}
