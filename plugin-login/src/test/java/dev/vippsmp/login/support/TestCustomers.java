package dev.vippsmp.login.support;

import dev.vippsmp.login.LoginCustomer;
import dev.vippsmp.login.VippsLoginCustomers;
import dev.vippsmp.login.VippsProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The test host's customers, in memory: a shop's port implemented the simplest way. */
public final class TestCustomers implements VippsLoginCustomers {

    private final Map<String, Customer> byUsername = new ConcurrentHashMap<>();
    private final Map<String, String> linkedSubs = new ConcurrentHashMap<>();

    public record Customer(String username, String email, String phone) {
    }

    public void reset() {
        byUsername.clear();
        linkedSubs.clear();
        add(new Customer("kari", "kari.nordmann@example.com", null));
        // Ingrid's email is not verified at the vendor: the customer with that email must never be linked to her.
        add(new Customer("not-ingrid", "ingrid.berg@example.com", null));
        add(new Customer("ingrid", "ingrid@old-address.example.com", "4791111111"));
    }

    public void add(Customer customer) {
        byUsername.put(customer.username(), customer);
    }

    public Optional<Customer> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    public Optional<String> linkedTo(String sub) {
        return Optional.ofNullable(linkedSubs.get(sub));
    }

    @Override
    public Optional<LoginCustomer> findLinked(String sub) {
        return Optional.ofNullable(linkedSubs.get(sub)).map(TestCustomers::customer);
    }

    @Override
    public Optional<LoginCustomer> findByEmail(String verifiedEmail) {
        return byUsername.values().stream().filter(customer -> verifiedEmail.equalsIgnoreCase(customer.email()))
                .findFirst().map(customer -> customer(customer.username()));
    }

    @Override
    public Optional<LoginCustomer> findByPhoneNumber(String phoneNumber) {
        return byUsername.values().stream().filter(customer -> phoneNumber.equals(customer.phone()))
                .findFirst().map(customer -> customer(customer.username()));
    }

    @Override
    public LoginCustomer create(VippsProfile profile) {
        String username = "vipps-" + profile.phoneNumber();
        add(new Customer(username, profile.verifiedEmail(), profile.phoneNumber()));
        return customer(username);
    }

    @Override
    public void link(LoginCustomer customer, String sub) {
        linkedSubs.put(sub, customer.username());
    }

    private static LoginCustomer customer(String username) {
        return new LoginCustomer(username, username, List.of("CUSTOMER"));
    }
}
