package dev.vippsmp.demoshop.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<Order, Long> {

    /**
     * With its lines in the same statement: every reader of one order needs them (whether it ships decides its
     * next statuses). The history, which only some pages show, is read when first touched.
     */
    @Override
    @EntityGraph(attributePaths = "lines")
    Optional<Order> findById(Long id);

    Page<Order> findByStatus(OrderStatus status, Pageable pageable);

    Optional<Order> findByToken(String token);

    List<Order> findByBuyerEmailIgnoreCaseOrBuyerPhoneOrderByCreatedAtDesc(String email, String phone);
}
