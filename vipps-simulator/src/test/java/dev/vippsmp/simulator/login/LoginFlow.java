package dev.vippsmp.simulator.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.simulator.support.Api;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A relying party's steps through the simulator's Login, over HTTP, one redirect at a time. */
final class LoginFlow {

    static final String REDIRECT_URI = "http://127.0.0.1:8123/login/oauth2/code/vipps";
    static final String AUTHORIZE = "/access-management-1.0/access/oauth2/auth";
    static final String TOKEN = "/access-management-1.0/access/oauth2/token";

    final Api api;
    final String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    final String state = "state-" + UUID.randomUUID();
    final String nonce = "nonce-" + UUID.randomUUID();

    LoginFlow(Api api) {
        this.api = api;
    }

    /** The authorize query this flow sends by default. */
    Map<String, String> query(String scope) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", api.merchant().clientId());
        query.put("response_type", "code");
        query.put("scope", scope);
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("code_challenge", s256(verifier));
        query.put("code_challenge_method", "S256");
        return query;
    }

    Api.Response authorize(Map<String, String> query) {
        return api.request("GET", AUTHORIZE + "?" + form(query)).send();
    }

    /** Authorize, then log in on the app page as the user with this phone number; the code the client gets. */
    String code(String scope, String phone) {
        Api.Response authorize = authorize(query(scope));
        assertThat(authorize.status()).as(authorize.body()).isEqualTo(302);
        Map<String, String> back = params(approve(authorize.header("Location"), phone, "accept"));
        assertThat(back).containsEntry("state", state);
        return back.get("code");
    }

    /** Answers the app page the authorize response sent the browser to; the Location it sends the browser on to. */
    String approve(String appPage, String phone, String decision) {
        String request = params(appPage).get("request");
        Api.Response page = api.request("GET", "/simulator/login/app?request=" + request).send();
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Api.Response answer = api.request("POST", "/simulator/login/app")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(form(Map.of("request", request, "phone", phone, "decision", decision))).send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return answer.header("Location");
    }

    Api.Response exchange(String code, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", REDIRECT_URI);
        if (codeVerifier != null) {
            form.put("code_verifier", codeVerifier);
        }
        return token(form, basic(api.merchant().clientId(), api.merchant().clientSecret()));
    }

    Api.Response token(Map<String, String> form, String authorization) {
        Api.Call call = api.request("POST", TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Vipps-System-Name", "login-tests").body(form(form));
        if (authorization != null) {
            call.header("Authorization", authorization);
        }
        return call.send();
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(id, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    static String form(Map<String, String> values) {
        StringBuilder form = new StringBuilder();
        values.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    /** The query parameters of a URL, decoded. */
    static Map<String, String> params(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
