package dev.vippsmp.checkout.returnpage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentChanged;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.event.EventListener;

/**
 * Lets a status request of the return page wait for its order's payment to change instead of asking again later: woken by
 * the {@link PaymentChanged} of this node (a webhook, typically, moments after the buyer approved), so the page
 * moves on within milliseconds of the change. A change made on another node does not wake it; the wait then ends
 * at its timeout and the page reads what is stored.
 */
class PaymentWatch {

    /**
     * One signal per order someone waits for (any of its payments changing ends the wait: the page then reads which
     * one is the order's now); an order whose payments never change on this node is forgotten after a while (its
     * waiters end at their own timeouts).
     */
    private final Cache<String, CompletableFuture<Payment>> changes = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

    /**
     * A signal of the next change of any of the order's payments, carrying that payment as the change stored it.
     * Take it before reading the state, so no change is missed between.
     */
    CompletableFuture<Payment> nextChange(String orderId) {
        return changes.get(orderId, id -> new CompletableFuture<>());
    }

    /** Waits for the signal, at most {@code timeout}: the payment that changed, or empty when none did. */
    static Optional<Payment> await(CompletableFuture<Payment> change, Duration timeout) {
        try {
            return Optional.of(change.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The wait is over either way.
        }
        return Optional.empty();
    }

    @EventListener
    void changed(PaymentChanged change) {
        CompletableFuture<Payment> waiting = changes.asMap().remove(change.payment().orderId());
        if (waiting != null) {
            waiting.complete(change.payment());
        }
    }
}
