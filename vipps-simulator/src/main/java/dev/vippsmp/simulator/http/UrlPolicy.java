package dev.vippsmp.simulator.http;

import dev.vippsmp.simulator.config.SimulatorProperties;
import java.net.URI;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which URLs a merchant may give (return, receipt, callback, webhook). The vendor accepts https only, and custom
 * app schemes where a user is sent back to an app. The simulator also accepts plain http on loopback hosts, so a
 * shop on a developer's machine works; {@code simulator.allow-http-urls} extends that to every host.
 */
@Component
public class UrlPolicy {

    private final boolean allowHttpEverywhere;

    UrlPolicy(SimulatorProperties properties) {
        this.allowHttpEverywhere = properties.allowHttpUrls();
    }

    /**
     * Checks one URL field and answers 400 with {@code code} when the URL is unacceptable.
     *
     * @param appSchemeAllowed whether a custom scheme such as {@code myapp://done} is acceptable
     */
    public void check(String url, String field, ErrorCode code, boolean appSchemeAllowed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw ApiProblem.invalid(code, field, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw ApiProblem.invalid(code, field, "must be an absolute URL");
        }
        switch (scheme) {
            case "https" -> requireHost(uri, field, code);
            case "http" -> {
                requireHost(uri, field, code);
                if (!allowHttpEverywhere && !isLoopback(uri.getHost())) {
                    throw ApiProblem.invalid(code, field, "must use https (plain http is accepted for loopback hosts only)");
                }
            }
            default -> {
                if (!appSchemeAllowed) {
                    throw ApiProblem.invalid(code, field, "must use https");
                }
            }
        }
    }

    private static void requireHost(URI uri, String field, ErrorCode code) {
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ApiProblem.invalid(code, field, "must name a host");
        }
    }

    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.")
                || name.equals("[::1]") || name.equals("::1");
    }
}
