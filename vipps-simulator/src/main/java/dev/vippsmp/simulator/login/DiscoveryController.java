package dev.vippsmp.simulator.login;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The discovery document (the spec's {@code WellKnown}) and the JWKS the id_tokens are verified with. */
@RestController
class DiscoveryController {

    private final Issuer issuer;
    private final SigningKeys keys;

    DiscoveryController(Issuer issuer, SigningKeys keys) {
        this.issuer = issuer;
        this.keys = keys;
    }

    @GetMapping(Issuer.DISCOVERY)
    ResponseEntity<Map<String, Object>> discovery(@RequestHeader Map<String, String> headers) {
        SystemHeaders.check(headers);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer.issuer());
        document.put("authorization_endpoint", issuer.url(Issuer.AUTHORIZE));
        document.put("token_endpoint", issuer.url(Issuer.TOKEN));
        document.put("userinfo_endpoint", issuer.url(Issuer.USERINFO));
        document.put("jwks_uri", issuer.url(Issuer.JWKS));
        document.put("response_types_supported", List.of("code"));
        document.put("response_modes_supported", List.of("query"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "name", "email", "phoneNumber", "address", "birthDate"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("claims_supported", List.of("sub", "name", "given_name", "family_name", "email",
                "email_verified", "phone_number", "address", "other_addresses", "birthdate"));
        document.put("claims_parameter_supported", false);
        document.put("request_parameter_supported", false);
        document.put("request_uri_parameter_supported", false);
        return ResponseEntity.ok(document);
    }

    @GetMapping(Issuer.JWKS)
    ResponseEntity<Map<String, Object>> jwks(@RequestHeader Map<String, String> headers) {
        SystemHeaders.check(headers);
        return ResponseEntity.ok(keys.publicJwks());
    }
}
