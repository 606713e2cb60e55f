package dev.vippsmp.demoshop.customer;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds, creates and links customer accounts. */
@Service
public class Customers {

    private final CustomerRepository customers;
    private final Clock clock;

    Customers(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CustomerAccount> byUsername(String username) {
        return customers.findByUsername(username).map(Customer::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<CustomerAccount> byId(long id) {
        return customers.findById(id).map(Customer::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<CustomerAccount> byVippsSub(String sub) {
        return customers.findByVippsSub(sub).map(Customer::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<CustomerAccount> byEmail(String email) {
        return customers.findFirstByEmailIgnoreCaseOrderById(email).map(Customer::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<CustomerAccount> byPhone(String phone) {
        return customers.findFirstByPhoneOrderById(phone).map(Customer::toAccount);
    }

    /** A new account; its username is the phone number, which the vendor has verified and which is unique. */
    @Transactional
    public CustomerAccount create(String name, String email, String phone) {
        String username = "customer-" + phone;
        return customers.findByUsername(username).orElseGet(() -> customers.saveAndFlush(
                new Customer(username, name, email, phone, clock.instant()))).toAccount();
    }

    @Transactional
    public void linkVipps(long customerId, String sub) {
        customers.findById(customerId).ifPresent(customer -> customer.linkVipps(sub));
    }
}
