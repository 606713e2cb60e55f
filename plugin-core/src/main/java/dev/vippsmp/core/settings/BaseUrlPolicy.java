package dev.vippsmp.core.settings;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where an API base URL may point when it carries the shop's secrets. Every call sends the subscription key, and a
 * token request the client secret, in plain headers: over plain http anyone on the way reads them. So plain http is
 * for this machine only (a simulator on the same host), https for everything else. Loopback is named, never looked
 * up, so a name that merely resolves to this machine today is not trusted.
 */
public final class BaseUrlPolicy {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private BaseUrlPolicy() {
    }

    /** True when the URL names this machine: {@code localhost}, {@code 127.0.0.1} or {@code [::1]}. */
    public static boolean isLoopback(URI url) {
        String host = url.getHost();
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }

    /** True when the URL would send secrets in the clear to another machine: plain http to a host not loopback. */
    public static boolean isPlainHttpElsewhere(URI url) {
        return "http".equalsIgnoreCase(url.getScheme()) && !isLoopback(url);
    }
}
