package dev.vippsmp.demoshop.cart;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CartRepository extends JpaRepository<Cart, Long> {

    @EntityGraph(attributePaths = "lines")
    Optional<Cart> findByToken(String token);

    @Query("select coalesce(sum(l.quantity), 0) from CartLine l where l.cart.token = :token")
    long countItems(String token);

    /** Its lines go with it (ON DELETE CASCADE), without being read first. */
    @Modifying
    @Query("delete from Cart c where c.token = :token")
    int deleteByToken(String token);

    @Modifying
    @Query("delete from Cart c where c.updatedAt < :before")
    int deleteUntouchedSince(Instant before);
}
