package dev.vippsmp.demoshop.customer;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The header's account link, for the layout ({@code @customerNav}): "My orders" for a logged-in customer, "Log in"
 * otherwise. A bean rather than a model attribute, because plugins render the shop's layout from their own
 * controllers too.
 */
@Component("customerNav")
public class CustomerNav {

    public boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_CUSTOMER".equals(authority.getAuthority()));
    }
}
