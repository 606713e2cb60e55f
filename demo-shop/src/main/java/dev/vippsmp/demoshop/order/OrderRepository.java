package dev.vippsmp.demoshop.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRepository extends JpaRepository<Order, Long> {

    /**
     * With its lines in the same statement: every reader of one order needs them (whether it ships decides its
     * next statuses). The history, which only some pages show, is read when first touched. Within a transaction
     * that has read the order already, this is answered from the persistence context without a statement.
     */
    @Override
    @EntityGraph(attributePaths = "lines")
    Optional<Order> findById(Long id);

    /**
     * As {@link #findById}, for a transaction's first read of the order. A query, because Hibernate keeps a
     * query's translated SQL but builds an entity graph's load plan again on every call that goes to the database,
     * which made this read one of the shop's largest costs per order. A query always runs, though, so a
     * transaction reads the order with it once and then through {@link #findById}.
     */
    @Query("select o from Order o left join fetch o.lines where o.id = :id")
    Optional<Order> findWithLines(@Param("id") Long id);

    Page<Order> findByStatus(OrderStatus status, Pageable pageable);

    Optional<Order> findByToken(String token);

    List<Order> findByBuyerEmailIgnoreCaseOrBuyerPhoneOrderByCreatedAtDesc(String email, String phone);
}
