package dev.vippsmp.simulator.auth;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Issues and remembers access tokens. They look like the vendor's (a signed JWT a client may decode), but only the
 * simulator's memory makes them valid, so a reset revokes them all.
 */
@Component
public class AccessTokens implements Resettable {

    private final Map<String, IssuedToken> issued = new ConcurrentHashMap<>();
    private final SimulatorClock clock;
    private final SimulatorProperties properties;
    private final byte[] signingKey = new byte[32];

    AccessTokens(SimulatorClock clock, SimulatorProperties properties) {
        this.clock = clock;
        this.properties = properties;
        new SecureRandom().nextBytes(signingKey);
    }

    IssuedToken issue(SalesUnit unit) {
        Instant notBefore = clock.now();
        Instant expiresOn = notBefore.plus(properties.tokenLifetime());
        String header = encode("{\"typ\":\"JWT\",\"alg\":\"HS256\"}");
        String claims = encode("{\"iss\":\"https://vipps-simulator.local/\",\"appid\":\"" + unit.clientId()
                + "\",\"msn\":\"" + unit.msn() + "\",\"jti\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + notBefore.getEpochSecond() + ",\"nbf\":" + notBefore.getEpochSecond()
                + ",\"exp\":" + expiresOn.getEpochSecond() + "}");
        String token = header + "." + claims + "." + sign(header + "." + claims);
        IssuedToken issuedToken = new IssuedToken(token, unit, notBefore, expiresOn);
        issued.put(token, issuedToken);
        return issuedToken;
    }

    Optional<IssuedToken> find(String token) {
        return Optional.ofNullable(issued.get(token));
    }

    boolean isExpired(IssuedToken token) {
        return !clock.now().isBefore(token.expiresOn());
    }

    @Override
    public void reset() {
        issued.clear();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            byte[] signature = mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    record IssuedToken(String value, SalesUnit unit, Instant notBefore, Instant expiresOn) {

        @Override
        public String toString() {
            return "IssuedToken[unit=" + unit.msn() + ", expiresOn=" + expiresOn + "]";
        }
    }
}
