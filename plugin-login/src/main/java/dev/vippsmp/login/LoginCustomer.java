package dev.vippsmp.login;

import java.io.Serializable;
import java.util.List;

/**
 * The shop's customer a Vipps MobilePay login signs in as.
 *
 * @param id the shop's own id of the customer
 * @param username the name Spring Security knows the customer by ({@code Authentication.getName()})
 * @param roles role names without the {@code ROLE_} prefix, e.g. {@code CUSTOMER}
 */
public record LoginCustomer(String id, String username, List<String> roles) implements Serializable {

    public LoginCustomer {
        roles = List.copyOf(roles);
    }
}
