package dev.vippsmp.login.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.login.support.Browserless;
import dev.vippsmp.login.support.LoginIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every check of a login that must refuse it, each proven over real HTTP: the simulator spoils the id_token in one
 * way, or the test changes what the browser sends back. A refused login leaves the browser logged out.
 */
class RefusedLoginTest extends LoginIntegrationTest {

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({
            "TAMPERED_PAYLOAD, invalid_id_token",
            "UNKNOWN_KEY, invalid_id_token",
            "WRONG_NONCE, invalid_nonce",
            "WRONG_ISSUER, invalid_id_token",
            "WRONG_AUDIENCE, invalid_id_token",
            "EXPIRED, invalid_id_token"})
    void aSpoiledIdTokenIsRefused(String fault, String error) {
        Browserless browser = new Browserless();
        String callback = consent(browser, startLogin(browser), KARI);
        spoilNextIdToken(fault);

        Browserless.Page landed = finish(browser, callback);

        assertThat(landed.body()).isEqualTo("login refused: " + error);
        assertThat(browser.get(shop("/account")).status()).as("still logged out").isEqualTo(302);
    }

    @Test
    void aTamperedIdTokenIsRefusedAndTheNextSoundLoginSucceeds() {
        Browserless browser = new Browserless();
        spoilNextIdToken("TAMPERED_PAYLOAD");
        assertThat(logIn(browser, KARI).body()).isEqualTo("login refused: invalid_id_token");

        assertThat(logIn(browser, KARI).body()).startsWith("customer kari |");
    }

    @Test
    void aWrongStateIsRefusedBeforeTheCodeIsExchanged() {
        Browserless browser = new Browserless();
        String callback = consent(browser, startLogin(browser), KARI);
        long tokenCallsBefore = tokenCalls();

        Browserless.Page landed = finish(browser, Browserless.withParam(callback, "state", "forged-state"));

        assertThat(landed.body()).isEqualTo("login refused: authorization_request_not_found");
        assertThat(tokenCalls()).as("the code was never sent to the token endpoint").isEqualTo(tokenCallsBefore);
    }

    @Test
    void aCallbackWithoutTheSessionThatStartedTheLoginIsRefused() {
        String callback = consent(new Browserless(), startLogin(new Browserless()), KARI);

        assertThat(finish(new Browserless(), callback).body())
                .isEqualTo("login refused: authorization_request_not_found");
    }

    @Test
    void aReplayedCodeIsRefusedByTheProviderAndTheLoginFails() {
        Browserless victim = new Browserless();
        String victimCallback = consent(victim, startLogin(victim), KARI);
        assertThat(finish(victim, victimCallback).body()).startsWith("customer kari |");

        // The attacker starts a login of their own and puts the victim's used code in its callback.
        Browserless attacker = new Browserless();
        String attackerCallback = consent(attacker, startLogin(attacker), OLA);
        String replayed = Browserless.withParam(attackerCallback, "code",
                Browserless.params(victimCallback).get("code"));

        assertThat(finish(attacker, replayed).body()).isEqualTo("login refused: invalid_grant");
        assertThat(attacker.get(shop("/account")).status()).isEqualTo(302);
    }

    @Test
    void theSameCallbackTwiceLogsInOnceAndRefusesTheSecond() {
        Browserless browser = new Browserless();
        String callback = consent(browser, startLogin(browser), KARI);
        assertThat(finish(browser, callback).body()).startsWith("customer kari |");

        assertThat(finish(browser, callback).body()).isEqualTo("login refused: authorization_request_not_found");
    }

    @Test
    void aRotatedSigningKeyIsFetchedFromTheJwksWhenATokenNamesIt() {
        assertThat(logIn(new Browserless(), KARI).body()).startsWith("customer kari |");
        long jwksFetches = jwksCalls();
        String kid = simulator().rotateLoginKey();

        assertThat(logIn(new Browserless(), KARI).body()).startsWith("customer kari |");
        assertThat(jwksCalls()).as("the JWKS was fetched again for kid " + kid).isGreaterThan(jwksFetches);
    }

    private static void spoilNextIdToken(String fault) {
        simulator().spoilNextIdToken(fault);
    }

    private static long tokenCalls() {
        return simulator().journalQuery("pathPrefix=/access-management-1.0/access/oauth2/token").size();
    }

    private static long jwksCalls() {
        List<JsonNode> calls = simulator().journalQuery("pathPrefix=/access-management-1.0/access/.well-known/jwks");
        return calls.size();
    }
}
