package dev.vippsmp.demoshop.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<Order, Long> {

    Page<Order> findByStatus(OrderStatus status, Pageable pageable);

    Optional<Order> findByToken(String token);

    List<Order> findByBuyerEmailIgnoreCaseOrBuyerPhoneOrderByCreatedAtDesc(String email, String phone);
}
