package dev.vippsmp.simulator.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Login API as a relying party meets it over HTTP: discovery, authorize, the app page, the token endpoint with
 * PKCE and both client authentication methods, RS256 id_tokens against the JWKS, userinfo with v2 claims, and the
 * OAuth error each refusal is named by.
 */
class LoginProviderTest {

    private static final String KARI = "4791234567";
    private static final String INGRID = "4791111111";
    private static final String ALL_SCOPES = "openid name email phoneNumber address birthDate";

    private final Api api = new Api(Simulators.standard().baseUrl());
    private LoginFlow flow;

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        flow = new LoginFlow(api);
    }

    @Test
    void discoveryNamesTheVendorsPathsWithTheIssuerTheIdTokensCarry() {
        JsonNode document = api.request("GET", "/access-management-1.0/access/.well-known/openid-configuration")
                .send().json();
        String base = api.baseUrl();

        assertThat(document.get("issuer").asString()).isEqualTo(base + "/access-management-1.0/access/");
        assertThat(document.get("authorization_endpoint").asString()).isEqualTo(base + LoginFlow.AUTHORIZE);
        assertThat(document.get("token_endpoint").asString()).isEqualTo(base + LoginFlow.TOKEN);
        assertThat(document.get("jwks_uri").asString())
                .isEqualTo(base + "/access-management-1.0/access/.well-known/jwks.json");
        assertThat(document.get("userinfo_endpoint").asString()).isEqualTo(base + "/vipps-userinfo-api/userinfo/");
        assertThat(document.get("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS256\"]");
        assertThat(document.get("token_endpoint_auth_methods_supported").toString())
                .contains("client_secret_basic", "client_secret_post");
    }

    @Test
    void aCodeExchangedWithPkceAndBasicAuthGivesAnRs256IdTokenThatVerifiesAgainstTheJwks() throws Exception {
        String code = flow.code(ALL_SCOPES, KARI);
        Api.Response token = flow.exchange(code, flow.verifier);

        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = token.json();
        assertThat(body.get("token_type").asString()).isEqualToIgnoringCase("bearer");
        assertThat(body.get("scope").asString()).isEqualTo(ALL_SCOPES);
        SignedJWT idToken = SignedJWT.parse(body.get("id_token").asString());
        RSAKey key = JWKSet.parse(api.request("GET", "/access-management-1.0/access/.well-known/jwks.json").send()
                .body()).getKeyByKeyId(idToken.getHeader().getKeyID()).toRSAKey();
        assertThat(key.isPrivate()).as("the JWKS publishes public keys only").isFalse();
        assertThat(idToken.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(api.baseUrl() + "/access-management-1.0/access/");
        assertThat(claims.getAudience()).containsExactly(api.merchant().clientId());
        assertThat(claims.getStringClaim("nonce")).isEqualTo(flow.nonce);
        assertThat(claims.getExpirationTime()).isAfter(new Date());
        assertThat(claims.getStringClaim("at_hash"))
                .isEqualTo(IdTokens.atHash(body.get("access_token").asString()));
        assertThat(claims.getSubject()).isEqualTo(userinfo(body).get("sub").asString());
    }

    @Test
    void userinfoGivesTheV2ClaimsOfEveryScopeAskedFor() {
        JsonNode claims = userinfo(flow.exchange(flow.code(ALL_SCOPES, KARI), flow.verifier).json());

        assertThat(claims.get("name").asString()).isEqualTo("Kari Nordmann");
        assertThat(claims.get("given_name").asString()).isEqualTo("Kari");
        assertThat(claims.get("family_name").asString()).isEqualTo("Nordmann");
        assertThat(claims.get("email").asString()).isEqualTo("kari.nordmann@example.com");
        assertThat(claims.get("email_verified").asBoolean()).isTrue();
        assertThat(claims.get("phone_number").asString()).isEqualTo(KARI);
        assertThat(claims.get("birthdate").asString()).isEqualTo("1985-04-12");
        assertThat(claims.get("address").get("street_address").asString()).isEqualTo("Robert Levins gate 5");
        assertThat(claims.get("address").get("postal_code").asString()).isEqualTo("0154");
    }

    @Test
    void userinfoGivesNoClaimOfAScopeNotAskedFor() {
        JsonNode claims = userinfo(flow.exchange(flow.code("openid email", INGRID), flow.verifier).json());

        assertThat(claims.propertyNames()).containsExactlyInAnyOrder("sub", "email", "email_verified");
        assertThat(claims.get("email_verified").asBoolean()).as("Ingrid has not verified her email").isFalse();
    }

    @Test
    void clientSecretPostAuthenticatesTheClientAsWellAsBasic() {
        Map<String, String> form = exchangeForm(flow.code("openid", KARI));
        form.put("client_id", api.merchant().clientId());
        form.put("client_secret", api.merchant().clientSecret());

        assertThat(flow.token(form, null).status()).isEqualTo(200);
    }

    @Test
    void aWrongClientSecretIsInvalidClientWith401AndABasicChallenge() {
        Api.Response answer = flow.token(exchangeForm(flow.code("openid", KARI)),
                LoginFlow.basic(api.merchant().clientId(), "wrong-secret"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(answer.body()).doesNotContain(api.merchant().clientSecret());
    }

    @Test
    void noClientAuthenticationIsInvalidClient() {
        Api.Response answer = flow.token(exchangeForm(flow.code("openid", KARI)), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void aCodeUsedTwiceIsInvalidGrantAndRevokesTheAccessTokenOfItsFirstUse() {
        String code = flow.code("openid name", KARI);
        JsonNode first = flow.exchange(code, flow.verifier).json();
        Api.Response second = flow.exchange(code, flow.verifier);

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("error").asString()).isEqualTo("invalid_grant");
        Api.Response userinfo = api.request("GET", "/vipps-userinfo-api/userinfo/")
                .header("Authorization", "Bearer " + first.get("access_token").asString()).send();
        assertThat(userinfo.status()).isEqualTo(401);
        assertThat(userinfo.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void loginUserinfoRefusesAPaymentAccessTokenAsInvalidToken() {
        Api.Response answer = api.get("/vipps-userinfo-api/userinfo/");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_token");
    }

    @Test
    void aCodeExchangedAfterItsLifetimeIsInvalidGrant() {
        String code = flow.code("openid", KARI);
        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"6m\"}");

        Api.Response answer = flow.exchange(code, flow.verifier);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(answer.json().get("error_description").asString()).contains("expired");
    }

    @Test
    void aWrongCodeVerifierIsInvalidGrant() {
        Api.Response answer = flow.exchange(flow.code("openid", KARI), flow.verifier.replace('e', 'a'));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(answer.json().get("error_description").asString()).contains("code_verifier");
    }

    @Test
    void aMissingCodeVerifierIsInvalidGrantWhenTheAuthorizeRequestCarriedAChallenge() {
        Api.Response answer = flow.exchange(flow.code("openid", KARI), null);

        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void anotherRedirectUriAtTheTokenEndpointIsInvalidGrant() {
        Map<String, String> form = exchangeForm(flow.code("openid", KARI));
        form.put("redirect_uri", "http://127.0.0.1:8123/elsewhere");

        Api.Response answer = flow.token(form, LoginFlow.basic(api.merchant().clientId(), api.merchant().clientSecret()));

        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aJsonTokenRequestIsInvalidRequestInTheOAuthShape() {
        Api.Response answer = api.request("POST", LoginFlow.TOKEN).header("Content-Type", "application/json")
                .header("Authorization", LoginFlow.basic(api.merchant().clientId(), api.merchant().clientSecret()))
                .body("{\"grant_type\":\"authorization_code\"}").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_request");
    }

    @Test
    void anotherGrantTypeIsUnsupportedGrantType() {
        Map<String, String> form = exchangeForm(flow.code("openid", KARI));
        form.put("grant_type", "client_credentials");

        Api.Response answer = flow.token(form, LoginFlow.basic(api.merchant().clientId(), api.merchant().clientSecret()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void anUnknownClientIsToldOnAPageAndNeverRedirected() {
        Map<String, String> query = flow.query("openid");
        query.put("client_id", "no-such-client");

        Api.Response answer = flow.authorize(query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Location")).isNull();
        assertThat(answer.body()).contains("data-page=\"login/invalid\"").contains("invalid_client");
    }

    @Test
    void anUnregisteredRedirectUriIsToldOnAPageAndNeverRedirected() {
        Map<String, String> query = flow.query("openid");
        query.put("redirect_uri", "https://attacker.example.com/login/oauth2/code/vipps");

        Api.Response answer = flow.authorize(query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Location")).isNull();
        assertThat(answer.body()).contains("invalid_request").contains("redirect_uri");
    }

    @Test
    void aRegisteredLoopbackRedirectUriMatchesOnAnyPortButNotOnAnotherPath() {
        Map<String, String> otherPort = flow.query("openid");
        otherPort.put("redirect_uri", "http://127.0.0.1:45678/login/oauth2/code/vipps");
        Map<String, String> otherPath = flow.query("openid");
        otherPath.put("redirect_uri", "http://127.0.0.1:45678/login/oauth2/code/other");

        assertThat(flow.authorize(otherPort).status()).isEqualTo(302);
        assertThat(flow.authorize(otherPath).status()).isEqualTo(400);
    }

    @Test
    void anUnknownScopeGoesBackToTheClientAsInvalidScopeWithTheState() {
        Map<String, String> back = LoginFlow.params(flow.authorize(flow.query("openid shoeSize")).header("Location"));

        assertThat(back).containsEntry("error", "invalid_scope").containsEntry("state", flow.state);
    }

    @Test
    void aScopeWithoutOpenidIsInvalidScope() {
        Map<String, String> back = LoginFlow.params(flow.authorize(flow.query("name email")).header("Location"));

        assertThat(back).containsEntry("error", "invalid_scope");
    }

    @Test
    void anotherResponseTypeIsUnsupportedResponseType() {
        Map<String, String> query = flow.query("openid");
        query.put("response_type", "token");

        assertThat(LoginFlow.params(flow.authorize(query).header("Location")))
                .containsEntry("error", "unsupported_response_type");
    }

    @Test
    void aPlainPkceChallengeIsInvalidRequest() {
        Map<String, String> query = flow.query("openid");
        query.put("code_challenge_method", "plain");

        assertThat(LoginFlow.params(flow.authorize(query).header("Location")))
                .containsEntry("error", "invalid_request");
    }

    @Test
    void cancellingOnTheAppPageGoesBackAsAccessDenied() {
        String location = flow.approve(flow.authorize(flow.query("openid name")).header("Location"), KARI, "cancel");

        assertThat(location).startsWith(LoginFlow.REDIRECT_URI);
        assertThat(LoginFlow.params(location)).containsEntry("error", "access_denied")
                .containsEntry("state", flow.state);
    }

    @Test
    void theAppPageListsWhatTheMerchantAsksForAndWhetherTheAppReturnsToTheBrowser() {
        Map<String, String> query = flow.query("openid name phoneNumber");
        query.put("requested_flow", "automatic_return_from_vipps_app");
        String request = LoginFlow.params(flow.authorize(query).header("Location")).get("request");

        String page = api.request("GET", "/simulator/login/app?request=" + request).send().body();

        assertThat(page).contains("data-page=\"login/app\"").contains("Demo Shop Norge").contains("Name")
                .contains("Phone number").doesNotContain("Date of birth")
                .contains("it takes you back to the browser");
    }

    @Test
    void aLoginLeftOnTheAppPageForMoreThan10MinutesIsGone() {
        String request = LoginFlow.params(flow.authorize(flow.query("openid")).header("Location")).get("request");
        api.control("POST", "/simulator/clock/advance", "{\"duration\":\"11m\"}");

        Api.Response page = api.request("GET", "/simulator/login/app?request=" + request).send();

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("data-page=\"login/invalid\"").contains("10 minutes");
    }

    @Test
    void anUnknownRequestedFlowIsInvalidRequest() {
        Map<String, String> query = flow.query("openid");
        query.put("requested_flow", "teleport");

        assertThat(LoginFlow.params(flow.authorize(query).header("Location")))
                .containsEntry("error", "invalid_request");
    }

    @Test
    void aRotatedKeySignsNewTokensWhileTheOldOneStaysPublishedUntilRetired() throws Exception {
        String before = kid(flow.exchange(flow.code("openid", KARI), flow.verifier));
        api.control("POST", "/simulator/login/keys/rotate", null);
        LoginFlow second = new LoginFlow(api);
        String after = kid(second.exchange(second.code("openid", KARI), second.verifier));

        assertThat(after).isNotEqualTo(before);
        assertThat(publishedKids()).contains(before, after);
        api.control("POST", "/simulator/login/keys/rotate?retireOld=true", null);
        assertThat(publishedKids()).doesNotContain(before, after).hasSize(1);
    }

    @Test
    void aSpoiledIdTokenIsSpoiledOnceInTheNamedWay() throws Exception {
        api.control("POST", "/simulator/login/next-id-token?fault=WRONG_NONCE", null);
        JWTClaimsSet spoiled = claims(flow.exchange(flow.code("openid", KARI), flow.verifier));
        LoginFlow next = new LoginFlow(api);
        JWTClaimsSet sound = claims(next.exchange(next.code("openid", KARI), next.verifier));

        assertThat(spoiled.getStringClaim("nonce")).isNotEqualTo(flow.nonce);
        assertThat(sound.getStringClaim("nonce")).isEqualTo(next.nonce);
        assertThat(api.control("POST", "/simulator/login/next-id-token?fault=NO_SUCH", null).status()).isEqualTo(400);
    }

    @Test
    void aSystemHeaderLongerThan30CharactersIsInvalidRequest() {
        Map<String, String> form = exchangeForm(flow.code("openid", KARI));
        Api.Response answer = api.request("POST", LoginFlow.TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", LoginFlow.basic(api.merchant().clientId(), api.merchant().clientSecret()))
                .header("Vipps-System-Plugin-Name", "x".repeat(31)).body(LoginFlow.form(form)).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_request");
    }

    @Test
    void theJournalMasksTheSecretTheCodeAndTheVerifierOfATokenRequest() {
        Map<String, String> form = exchangeForm(flow.code("openid", KARI));
        form.put("code_verifier", flow.verifier);
        form.put("client_id", api.merchant().clientId());
        form.put("client_secret", api.merchant().clientSecret());
        flow.token(form, null);

        String journal = api.control("GET", "/simulator/journal", null).body();

        assertThat(journal).contains("oauth2/token").doesNotContain(api.merchant().clientSecret())
                .doesNotContain(form.get("code")).doesNotContain(flow.verifier);
    }

    private Map<String, String> exchangeForm(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", LoginFlow.REDIRECT_URI);
        form.put("code_verifier", flow.verifier);
        return form;
    }

    private JsonNode userinfo(JsonNode token) {
        Api.Response answer = api.request("GET", "/vipps-userinfo-api/userinfo/")
                .header("Authorization", "Bearer " + token.get("access_token").asString()).send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String kid(Api.Response token) throws Exception {
        return SignedJWT.parse(token.json().get("id_token").asString()).getHeader().getKeyID();
    }

    private static JWTClaimsSet claims(Api.Response token) throws Exception {
        return SignedJWT.parse(token.json().get("id_token").asString()).getJWTClaimsSet();
    }

    private java.util.List<String> publishedKids() throws Exception {
        return JWKSet.parse(api.request("GET", "/access-management-1.0/access/.well-known/jwks.json").send().body())
                .getKeys().stream().map(key -> key.getKeyID()).toList();
    }
}
