package dev.vippsmp.demoshop.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShopSubscriptionRepository extends JpaRepository<ShopSubscription, Long> {
}
