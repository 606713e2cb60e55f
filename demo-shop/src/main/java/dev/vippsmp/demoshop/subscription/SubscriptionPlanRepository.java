package dev.vippsmp.demoshop.subscription;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionPlanRepository extends JpaRepository<SubscriptionPlan, Long> {

    @EntityGraph(attributePaths = {"texts", "prices"})
    List<SubscriptionPlan> findByActiveTrueOrderByPosition();

    @EntityGraph(attributePaths = {"texts", "prices"})
    Optional<SubscriptionPlan> findBySlugAndActiveTrue(String slug);

    @EntityGraph(attributePaths = {"texts", "prices"})
    Optional<SubscriptionPlan> findByIdAndActiveTrue(long id);
}
