package dev.vippsmp.checkout.returnpage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest payment of an order as the return page shows it. A payment that is not final is read from the vendor
 * through the one completion path, but not before the first poll is due (5 s after creation) and at most once per
 * interval (2 s) per payment across all nodes: on one node, every page and status request in between, from any
 * number of browser tabs, shares that one read, and whoever asks while it runs waits for it instead of asking again;
 * between nodes, a claim in the database ({@link StatusReadClaims}) lets only one of them read per interval, and
 * the others show what is stored. A webhook or the reconciler may have finished the payment already; then nothing
 * is asked at all. Nor is anything asked within a short grace after the buyer is first back on the page: the
 * webhook sent at the approval nearly always finishes the payment by then, and its read is then the only one.
 */
public class StatusChecks {

    private static final Logger log = LoggerFactory.getLogger(StatusChecks.class);
    private static final Duration WAIT_FOR_SHARED_READ = Duration.ofSeconds(30);

    private final Payments payments;
    private final Clock clock;
    private final Duration firstCheck;
    private final Cache<String, CompletableFuture<Void>> recentReads;
    private final StatusReadClaims claims;
    private final Duration webhookGrace;
    private final Cache<String, Instant> returnedAt;

    public StatusChecks(Payments payments, StatusReadClaims claims, Clock clock, Duration interval,
            Duration firstCheck) {
        this(payments, claims, clock, interval, firstCheck, Duration.ZERO);
    }

    /**
     * @param webhookGrace how long after the buyer is first back on the return page the vendor is not asked, so
     *        that the webhook sent at the approval (nearly always there by then) is the one read of the payment
     */
    public StatusChecks(Payments payments, StatusReadClaims claims, Clock clock, Duration interval,
            Duration firstCheck, Duration webhookGrace) {
        this.payments = payments;
        this.claims = claims;
        this.clock = clock;
        this.firstCheck = firstCheck;
        this.webhookGrace = webhookGrace;
        this.recentReads = Caffeine.newBuilder().expireAfterWrite(interval).maximumSize(100_000).build();
        this.returnedAt = Caffeine.newBuilder().expireAfterWrite(webhookGrace.plusMinutes(1)).maximumSize(100_000)
                .build();
    }

    /**
     * The order's latest attempt, brought up to date when it is not final; empty when the order has none. A latest
     * attempt that failed before it reached the buyer (e.g. refused because the order is paid already) does not
     * hide an earlier attempt that holds the order's money: that one is what the buyer's order is.
     */
    public Optional<Payment> latest(String orderId) {
        List<Payment> all = payments.queries().forOrder(orderId);
        Optional<Payment> latest = all.stream().max(Comparator.comparingInt(Payment::attempt));
        if (latest.isPresent() && latest.get().status() == PaymentStatus.FAILED) {
            Optional<Payment> holdingMoney = all.stream().filter(StatusChecks::holdsMoney)
                    .max(Comparator.comparingInt(Payment::attempt));
            if (holdingMoney.isPresent()) {
                return holdingMoney;
            }
        }
        return latest.map(this::refreshed);
    }

    /** The reference of the order's latest attempt as stored, without asking the vendor; null when none. */
    public String latestReference(String orderId) {
        return payments.queries().forOrder(orderId).stream().max(Comparator.comparingInt(Payment::attempt))
                .map(Payment::reference).orElse(null);
    }

    /** Reserved or captured and not all given back: the order is paid by it (or an admin checks it). */
    private static boolean holdsMoney(Payment payment) {
        return payment.status().wasAuthorized() && payment.status() != PaymentStatus.CANCELLED
                && payment.status() != PaymentStatus.REFUNDED;
    }

    private Payment refreshed(Payment payment) {
        if (payment.status() != PaymentStatus.CREATED) {
            return payment;
        }
        Instant now = clock.instant();
        Instant returned = webhookGrace.isZero() ? now : returnedAt.get(payment.reference(), reference -> now);
        if (now.isBefore(payment.createdAt().plus(firstCheck)) || now.isBefore(returned.plus(webhookGrace))) {
            return payment;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = recentReads.asMap().putIfAbsent(payment.reference(), mine);
        if (running == null) {
            try {
                if (claims.claim(payment.reference())) {
                    payments.completion().complete(payment.reference(), Trigger.RETURN_PAGE);
                }
            } catch (VippsApiException e) {
                // The page keeps showing what is stored; the webhook or the reconciler finish the payment.
                log.debug("Reading payment {} for its return page failed ({})", payment.reference(), e.category());
            } catch (RuntimeException e) {
                // The shop refused the outcome (or the claim could not be stored); the reconciler tries again.
                log.warn("Completing payment {} for its return page failed ({})", payment.reference(), e.toString());
            } finally {
                mine.complete(null);
            }
        } else {
            awaitShared(running);
        }
        return payments.queries().find(payment.reference()).orElse(payment);
    }

    private static void awaitShared(CompletableFuture<Void> running) {
        try {
            running.get(WAIT_FOR_SHARED_READ.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Show what is stored.
        }
    }
}
