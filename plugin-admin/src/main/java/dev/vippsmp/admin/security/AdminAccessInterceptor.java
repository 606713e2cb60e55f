package dev.vippsmp.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards every request under the admin prefix, whatever the host's security chain says about it. Without the
 * admin authority the request is refused with Spring Security's own {@link AccessDeniedException}, which the host's
 * chain turns into its login page (not logged in) or its 403 (logged in without the authority). A change (any
 * method but GET, HEAD, OPTIONS) also needs the session's CSRF token; when the host's chain does not provide CSRF
 * protection at all, changes are refused and the log says why, so a misconfigured host fails closed.
 */
public final class AdminAccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AdminAccessInterceptor.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String authority;
    private final AuthorityAuthorizationManager<Object> authorization;
    private final AtomicBoolean warnedAboutSecurity = new AtomicBoolean();
    private final AtomicBoolean warnedAboutCsrf = new AtomicBoolean();

    /** @param roleHierarchy the host's role hierarchy, or null */
    public AdminAccessInterceptor(String authority, RoleHierarchy roleHierarchy) {
        this.authority = authority;
        this.authorization = AuthorityAuthorizationManager.hasAuthority(authority);
        if (roleHierarchy != null) {
            authorization.setRoleHierarchy(roleHierarchy);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            // No Spring Security filter chain ran for this request: nobody can be told apart, so nobody gets in.
            if (warnedAboutSecurity.compareAndSet(false, true)) {
                log.warn("Vipps MobilePay admin: no Spring Security filter chain covers {}; its pages answer 401 "
                        + "until the host's security applies to them", request.getRequestURI());
            }
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return false;
        }
        if (authentication instanceof AnonymousAuthenticationToken
                || !authorization.authorize(() -> authentication, request).isGranted()) {
            throw new AccessDeniedException("The Vipps MobilePay admin pages need the authority " + authority);
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !CsrfCheck.passes(request)) {
            if (CsrfCheck.sessionToken(request) == null && warnedAboutCsrf.compareAndSet(false, true)) {
                log.warn("Vipps MobilePay admin: the host's Spring Security provides no CSRF token for {}; the "
                        + "plugin refuses every change until CSRF protection is on", request.getRequestURI());
            }
            throw new AccessDeniedException("Missing or wrong CSRF token");
        }
        return true;
    }
}
