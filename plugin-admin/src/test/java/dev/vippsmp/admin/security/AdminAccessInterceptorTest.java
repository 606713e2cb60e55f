package dev.vippsmp.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The guard on its own: no security chain at all means nobody gets in, an anonymous or under-privileged caller is
 * handed to the host's security as access denied, and a host's role hierarchy counts.
 */
class AdminAccessInterceptorTest {

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    private static MockHttpServletRequest get() {
        return new MockHttpServletRequest("GET", "/admin/vipps/settings");
    }

    @Test
    void withoutAnySecurityChainTheRequestIsUnauthorized() throws Exception {
        boolean passed = new AdminAccessInterceptor("ROLE_ADMIN", null).preHandle(get(), response, new Object());

        assertThat(passed).isFalse();
        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void anAnonymousOrUnderPrivilegedCallerIsDeniedAndAnAdminPasses() throws Exception {
        AdminAccessInterceptor guard = new AdminAccessInterceptor("ROLE_ADMIN", null);

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> guard.preHandle(get(), response, new Object()))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("clerk", "x",
                "ROLE_CLERK"));
        assertThatThrownBy(() -> guard.preHandle(get(), response, new Object()))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x",
                "ROLE_ADMIN"));
        assertThat(guard.preHandle(get(), response, new Object())).isTrue();
    }

    @Test
    void aRoleAboveTheAdminsInTheHostsHierarchyPasses() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("owner", "x",
                "ROLE_OWNER"));

        assertThatThrownBy(() -> new AdminAccessInterceptor("ROLE_ADMIN", null).preHandle(get(), response,
                new Object())).isInstanceOf(AccessDeniedException.class);
        assertThat(new AdminAccessInterceptor("ROLE_ADMIN", RoleHierarchyImpl.fromHierarchy("ROLE_OWNER > ROLE_ADMIN"))
                .preHandle(get(), response, new Object())).isTrue();
    }

    @Test
    void aChangeWithoutAnyCsrfProtectionIsDenied() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x",
                "ROLE_ADMIN"));
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/admin/vipps/settings");
        post.setParameter("_csrf", "anything");

        assertThatThrownBy(() -> new AdminAccessInterceptor("ROLE_ADMIN", null).preHandle(post, response,
                new Object())).isInstanceOf(AccessDeniedException.class);
    }
}
