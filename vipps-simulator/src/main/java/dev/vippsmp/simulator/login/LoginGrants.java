package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.TestUser;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Login's state: authorize requests waiting for the user, the codes they turned into, and the access tokens the
 * codes were exchanged for. A code is good once; exchanging it again refuses and revokes the tokens the first
 * exchange issued, as RFC 6749 §4.1.2 advises, because a second use means someone else holds the code.
 */
@Component
class LoginGrants implements Resettable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, AuthorizationRequest> pending = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void await(AuthorizationRequest request) {
        pending.put(request.id(), request);
    }

    Optional<AuthorizationRequest> pending(String id) {
        return Optional.ofNullable(id == null ? null : pending.get(id));
    }

    /** Ends the wait; empty if the request was already answered. */
    Optional<AuthorizationRequest> answer(String id) {
        return Optional.ofNullable(id == null ? null : pending.remove(id));
    }

    String issueCode(AuthorizationRequest request, TestUser user, Instant at) {
        String code = random();
        codes.put(code, new Code(request, user, at));
        return code;
    }

    /** The code's grant, marking it used; a used code stays known so its second use is recognised. */
    Optional<Code> redeem(String code) {
        Code found = codes.get(code);
        if (found == null) {
            return Optional.empty();
        }
        synchronized (found) {
            if (found.used) {
                found.accessTokens.forEach(tokens::remove);
                found.reused = true;
                return Optional.of(found);
            }
            found.used = true;
            return Optional.of(found);
        }
    }

    String issueAccessToken(Code code, Instant expires) {
        String token = random();
        tokens.put(token, new AccessToken(code.request, code.user, expires));
        synchronized (code) {
            code.accessTokens.add(token);
        }
        return token;
    }

    Optional<AccessToken> accessToken(String token) {
        return Optional.ofNullable(token == null ? null : tokens.get(token));
    }

    @Override
    public void reset() {
        pending.clear();
        codes.clear();
        tokens.clear();
    }

    /** An issued code. {@code reused} is set when it was presented after its first exchange. */
    static final class Code {
        final AuthorizationRequest request;
        final TestUser user;
        final Instant at;
        final java.util.List<String> accessTokens = new java.util.ArrayList<>();
        boolean used;
        boolean reused;

        Code(AuthorizationRequest request, TestUser user, Instant at) {
            this.request = request;
            this.user = user;
            this.at = at;
        }
    }

    record AccessToken(AuthorizationRequest request, TestUser user, Instant expires) {
    }
}
