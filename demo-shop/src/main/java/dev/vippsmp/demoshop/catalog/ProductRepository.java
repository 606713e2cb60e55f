package dev.vippsmp.demoshop.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

    @EntityGraph(attributePaths = {"texts", "prices"})
    List<Product> findByActiveTrueOrderByPosition();
}
