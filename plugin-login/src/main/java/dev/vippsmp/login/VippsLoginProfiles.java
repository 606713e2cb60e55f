package dev.vippsmp.login;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The profile of the customer logged in with Vipps MobilePay on this request, for pre-filling checkout. */
public final class VippsLoginProfiles {

    private VippsLoginProfiles() {
    }

    public static Optional<VippsProfile> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof VippsLoginUser user) {
            return Optional.of(user.profile());
        }
        return Optional.empty();
    }
}
