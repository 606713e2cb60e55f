package dev.vippsmp.demoshop.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

    @EntityGraph(attributePaths = {"texts", "prices"})
    List<Product> findByActiveTrueOrderByPosition();

    @EntityGraph(attributePaths = {"texts", "prices"})
    Optional<Product> findBySlugAndActiveTrue(String slug);

    @EntityGraph(attributePaths = {"texts", "prices"})
    List<Product> findByIdIn(Collection<Long> ids);
}
