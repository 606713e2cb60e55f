package dev.vippsmp.simulator.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signs id_tokens with RS256 (OpenID Connect Core §2): {@code iss}, {@code sub} (per sales unit, as the payment
 * APIs give it), {@code aud} (the client_id), {@code exp}, {@code iat}, {@code auth_time}, the request's
 * {@code nonce}, and {@code at_hash} of the access token. The user's other claims come from userinfo, as the
 * vendor's v2 tokens carry none.
 */
@Component
class IdTokens {

    private final SigningKeys keys;

    IdTokens(SigningKeys keys) {
        this.keys = keys;
    }

    String sign(LoginGrants.Code code, String accessToken, Instant now, Duration lifetime, IdTokenFault fault) {
        AuthorizationRequest request = code.request;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(fault == IdTokenFault.WRONG_ISSUER ? "https://login.example.com/" : request.issuer())
                .subject(code.user.sub(request.client().msn()))
                .audience(fault == IdTokenFault.WRONG_AUDIENCE ? "another-client" : request.client().clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(fault == IdTokenFault.EXPIRED ? now.minus(Duration.ofMinutes(10))
                        : now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("auth_time", code.at.getEpochSecond())
                .claim("at_hash", atHash(accessToken));
        if (request.nonce() != null) {
            claims.claim("nonce", fault == IdTokenFault.WRONG_NONCE ? "not-" + request.nonce() : request.nonce());
        }
        RSAKey key = fault == IdTokenFault.UNKNOWN_KEY ? SigningKeys.foreign() : keys.current();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The id_token could not be signed", e);
        }
        String token = jwt.serialize();
        return fault == IdTokenFault.TAMPERED_PAYLOAD ? tamper(token) : token;
    }

    /** The token with one claim changed after signing: the {@code sub} of someone else. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"sub\":\"[^\"]*\"", "\"sub\":\"" + UUID.randomUUID() + "\"");
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        return String.join(".", parts);
    }

    /** The left half of SHA-256 of the access token, base64url (OpenID Connect Core §3.1.3.6). */
    static String atHash(String accessToken) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, hash.length / 2));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
