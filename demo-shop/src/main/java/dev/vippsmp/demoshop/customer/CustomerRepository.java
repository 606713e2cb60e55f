package dev.vippsmp.demoshop.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByUsername(String username);

    Optional<Customer> findByVippsSub(String sub);

    Optional<Customer> findFirstByEmailIgnoreCaseOrderById(String email);

    Optional<Customer> findFirstByPhoneOrderById(String phone);
}
