package dev.vippsmp.admin.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The admin making the request, as the audit trail names them. */
public final class AdminUser {

    private AdminUser() {
    }

    /** The signed-in user's name; "unknown" when there is none (the guard lets no such request through). */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "unknown" : authentication.getName();
    }
}
