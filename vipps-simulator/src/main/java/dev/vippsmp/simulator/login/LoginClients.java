package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.SalesUnits;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Login's clients: the sales units, known by their {@code client_id} and authenticated by their
 * {@code client_secret}, and the redirect URIs registered for them.
 */
@Component
class LoginClients {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "::1", "localhost");

    private final SalesUnits salesUnits;
    private final List<URI> redirectUris;

    LoginClients(SalesUnits salesUnits, SimulatorProperties properties) {
        this.salesUnits = salesUnits;
        this.redirectUris = properties.login().redirectUris().stream().map(URI::create).toList();
    }

    Optional<SalesUnit> byClientId(String clientId) {
        return salesUnits.byClientId(clientId);
    }

    /** The client whose id and secret these are; {@code invalid_client} otherwise, without saying which was wrong. */
    SalesUnit authenticate(String clientId, String clientSecret) {
        SalesUnit unit = salesUnits.byClientId(clientId).orElse(null);
        if (unit == null || clientSecret == null || !MessageDigest.isEqual(
                unit.clientSecret().getBytes(StandardCharsets.UTF_8), clientSecret.getBytes(StandardCharsets.UTF_8))) {
            throw OAuthError.invalidClient("Client authentication failed: unknown client, or a wrong client_secret");
        }
        return unit;
    }

    /**
     * Whether a redirect URI is registered: exactly, except that on a loopback host the port may differ (RFC 8252
     * §7.3). A query is allowed as registered; a fragment never (RFC 6749 §3.1.2).
     */
    boolean isRegistered(String redirectUri) {
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getRawFragment() != null) {
            return false;
        }
        return redirectUris.stream().anyMatch(registered -> matches(registered, uri));
    }

    private static boolean matches(URI registered, URI uri) {
        if (registered.equals(uri)) {
            return true;
        }
        boolean loopback = uri.getHost() != null && LOOPBACK.contains(uri.getHost())
                && uri.getHost().equals(registered.getHost());
        return loopback && "http".equals(uri.getScheme()) && "http".equals(registered.getScheme())
                && java.util.Objects.equals(registered.getRawPath(), uri.getRawPath())
                && java.util.Objects.equals(registered.getRawQuery(), uri.getRawQuery());
    }
}
