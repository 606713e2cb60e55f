package dev.vippsmp.simulator.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The RS256 keys id_tokens are signed with. The newest signs; older ones stay in the JWKS until they are retired, as
 * a provider rolls keys over, so a relying party that cached the set must fetch it again when a token names a
 * {@code kid} it has not seen. Keys live as long as the simulator: a reset leaves them, because clients cache them.
 */
@Component
class SigningKeys {

    private static final int KEY_SIZE = 2048;

    private final List<RSAKey> published = new ArrayList<>();

    SigningKeys() {
        published.add(generate());
    }

    synchronized RSAKey current() {
        return published.get(published.size() - 1);
    }

    /** A new key signs from now on; the old ones stay published unless {@code retireOld}. Returns the new kid. */
    synchronized String rotate(boolean retireOld) {
        if (retireOld) {
            published.clear();
        }
        published.add(generate());
        return current().getKeyID();
    }

    /** The public JWK Set, as {@code jwks.json} serves it. */
    synchronized Map<String, Object> publicJwks() {
        return new JWKSet(new ArrayList<>(published)).toJSONObject(true);
    }

    /** A key that no JWKS publishes: what a forged token would be signed with. */
    static RSAKey foreign() {
        return generate();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("An RSA key could not be generated", e);
        }
    }
}
