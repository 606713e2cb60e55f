package dev.vippsmp.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Checks the CSRF token a change carries against the session's token, which the host's CSRF filter leaves on the
 * request. The host's filter already did this unless it was told to skip these paths; checking again costs nothing
 * and keeps the admin's forms safe either way. Accepts the token as Spring Security's default handler masks it and
 * as the plain handler sends it.
 */
final class CsrfCheck {

    private static final XorCsrfTokenRequestAttributeHandler MASKED = new XorCsrfTokenRequestAttributeHandler();
    private static final CsrfTokenRequestAttributeHandler PLAIN = new CsrfTokenRequestAttributeHandler();

    private CsrfCheck() {
    }

    /** The session's own token (not the masked copy pages get), or null when no CSRF filter ran. */
    static CsrfToken sessionToken(HttpServletRequest request) {
        if (request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred) {
            return deferred.get();
        }
        return null;
    }

    static boolean passes(HttpServletRequest request) {
        CsrfToken expected = sessionToken(request);
        if (expected == null || expected.getToken() == null) {
            return false;
        }
        return matches(expected.getToken(), MASKED.resolveCsrfTokenValue(request, expected))
                || matches(expected.getToken(), PLAIN.resolveCsrfTokenValue(request, expected));
    }

    private static boolean matches(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
