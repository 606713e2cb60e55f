package dev.vippsmp.simulator.auth;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.SalesUnits;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /accesstoken/get}. Its body is ignored, whatever its content type, as the vendor's is: official
 * clients send an empty body with various content types.
 */
@RestController
class AccessTokenController {

    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");
    /** A constant the vendor sends and tells clients to disregard. */
    private static final String RESOURCE = "00000002-0000-0000-c000-000000000000";

    private final SalesUnits salesUnits;
    private final AccessTokens tokens;

    AccessTokenController(SalesUnits salesUnits, AccessTokens tokens) {
        this.salesUnits = salesUnits;
        this.tokens = tokens;
    }

    @PostMapping("/accesstoken/get")
    ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
        SalesUnit keyOwner = ApiGuard.subscriptionKeyOwner(request, salesUnits);
        String clientId = request.getHeader(Headers.CLIENT_ID);
        String clientSecret = request.getHeader(Headers.CLIENT_SECRET);
        if (clientId == null || clientId.isBlank()) {
            throw ApiGuard.missingHeader(Headers.CLIENT_ID);
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw ApiGuard.missingHeader(Headers.CLIENT_SECRET);
        }
        SalesUnit unit = salesUnits.byClientId(clientId.trim())
                .filter(candidate -> candidate.clientSecret().equals(clientSecret.trim()))
                .orElseThrow(() -> ApiGuard.unauthorized("Invalid client_id or client_secret"));
        if (!unit.equals(keyOwner)) {
            throw ApiGuard.unauthorized("The client_id does not belong to this subscription key");
        }
        ApiGuard.checkMerchantSerialNumber(request, unit, false);
        AccessTokens.IssuedToken token = tokens.issue(unit);
        String lifetime = String.valueOf(token.expiresOn().getEpochSecond() - token.notBefore().getEpochSecond());
        // The vendor sends every field as a string, as its spec types them.
        Map<String, String> body = new LinkedHashMap<>();
        body.put("token_type", "Bearer");
        body.put("expires_in", lifetime);
        body.put("ext_expires_in", lifetime);
        body.put("expires_on", String.valueOf(token.expiresOn().getEpochSecond()));
        body.put("not_before", String.valueOf(token.notBefore().getEpochSecond()));
        body.put("resource", RESOURCE);
        body.put("access_token", token.value());
        return ResponseEntity.ok().contentType(JSON_UTF8).body(body);
    }
}
