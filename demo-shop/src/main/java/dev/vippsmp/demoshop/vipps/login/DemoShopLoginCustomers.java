package dev.vippsmp.demoshop.vipps.login;

import dev.vippsmp.demoshop.customer.CustomerAccount;
import dev.vippsmp.demoshop.customer.Customers;
import dev.vippsmp.login.LoginCustomer;
import dev.vippsmp.login.VippsLoginCustomers;
import dev.vippsmp.login.VippsProfile;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The plugin's customers port on the shop's accounts: every account is a customer with the CUSTOMER role. */
@Component
class DemoShopLoginCustomers implements VippsLoginCustomers {

    static final String ROLE = "CUSTOMER";

    private final Customers customers;

    DemoShopLoginCustomers(Customers customers) {
        this.customers = customers;
    }

    @Override
    public Optional<LoginCustomer> findLinked(String sub) {
        return customers.byVippsSub(sub).map(DemoShopLoginCustomers::customer);
    }

    @Override
    public Optional<LoginCustomer> findByEmail(String verifiedEmail) {
        return customers.byEmail(verifiedEmail).map(DemoShopLoginCustomers::customer);
    }

    @Override
    public Optional<LoginCustomer> findByPhoneNumber(String phoneNumber) {
        return customers.byPhone(phoneNumber).map(DemoShopLoginCustomers::customer);
    }

    @Override
    public LoginCustomer create(VippsProfile profile) {
        return customer(customers.create(profile.name(), profile.verifiedEmail(), profile.phoneNumber()));
    }

    @Override
    public void link(LoginCustomer customer, String sub) {
        customers.linkVipps(Long.parseLong(customer.id()), sub);
    }

    private static LoginCustomer customer(CustomerAccount account) {
        return new LoginCustomer(String.valueOf(account.id()), account.username(), List.of(ROLE));
    }
}
