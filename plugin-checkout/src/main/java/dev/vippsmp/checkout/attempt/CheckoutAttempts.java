package dev.vippsmp.checkout.attempt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opens attempts and finds them again by their return token, in {@code vipps_checkout_attempt}. */
public class CheckoutAttempts {

    private static final int MAX_URL = 1000;
    private static final int MAX_CART = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * The orders of attempts this node has found, by their token's hash: an attempt's order never changes. Filled by
     * {@link #find} only, not when an attempt is opened, so a token whose attempt was rolled back is never in it.
     */
    private final Cache<String, String> orders = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(30))
            .maximumSize(100_000).build();

    public CheckoutAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a new attempt for the order and returns its return token, the only copy of it.
     *
     * @param cartId the cart an express order came from, to empty once it is paid; null otherwise
     * @param orderPageUrl the shop's page of the order, linked from the return page; null when there is none
     */
    public String open(String orderId, String cartId, String orderPageUrl) {
        return open(orderId, cartId, orderPageUrl, cartId != null);
    }

    /**
     * The same, saying whether the attempt is an express checkout: one from a product page has no cart to keep (its
     * own cart is emptied at once), and must still be paid again as express, with address and delivery.
     */
    public String open(String orderId, String cartId, String orderPageUrl, boolean express) {
        String token = ReturnTokens.newToken();
        insert(token, orderId, cartId, orderPageUrl, express, null);
        return token;
    }

    /**
     * Opens the attempt that pays the order again after the payment {@code retryOf}, unless another request (on any
     * node) has done so already; then empty. Empty {@code retryOf} (no payment was ever stored): always opened.
     */
    public Optional<String> openRetry(CheckoutAttempt earlier, String retryOf) {
        String token = ReturnTokens.newToken();
        try {
            insert(token, earlier.orderId(), earlier.cartId(), earlier.orderPageUrl(), earlier.express(), retryOf);
        } catch (DataIntegrityViolationException alreadyRetried) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /** One row per attempt; {@code retry_of} is unique, so only one attempt can replace a given payment. */
    private void insert(String token, String orderId, String cartId, String orderPageUrl, boolean express,
            String retryOf) {
        jdbc.sql("insert into vipps_checkout_attempt (token_hash, order_id, cart_id, order_page_url, created_at, "
                        + "express, retry_of) values (?, ?, ?, ?, ?, ?, ?)")
                .params(ReturnTokens.hash(token), orderId, fits(cartId, MAX_CART), fits(orderPageUrl, MAX_URL),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)), express || cartId != null,
                        retryOf)
                .update();
    }

    /** The retry of this attempt made no payment: the payment it replaced may be retried again. */
    public void retryAbandoned(String token) {
        jdbc.sql("update vipps_checkout_attempt set retry_of = null where token_hash = ?")
                .param(ReturnTokens.hash(token))
                .update();
    }

    /** Records the reference of the payment the attempt created. */
    public void started(String token, String reference) {
        jdbc.sql("update vipps_checkout_attempt set reference = ? where token_hash = ?")
                .params(reference, ReturnTokens.hash(token))
                .update();
    }

    /** The attempt of a return token; empty for anything that is not one (malformed, guessed, made up). */
    public Optional<CheckoutAttempt> find(String token) {
        if (!ReturnTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return findByHash(ReturnTokens.hash(token));
    }

    private Optional<CheckoutAttempt> findByHash(String hash) {
        Optional<CheckoutAttempt> found = jdbc.sql("select order_id, reference, cart_id, order_page_url, created_at, "
                        + "express from vipps_checkout_attempt where token_hash = ?")
                .param(hash)
                .query((row, number) -> new CheckoutAttempt(row.getString("order_id"), row.getString("reference"),
                        row.getString("cart_id"), row.getString("order_page_url"),
                        row.getTimestamp("created_at").toInstant(), row.getBoolean("express")))
                .optional();
        found.ifPresent(attempt -> orders.put(hash, attempt.orderId()));
        return found;
    }

    /**
     * The order of a return token, as {@link #find} would give it, read from the database only when this node has
     * not found the attempt before (the return page finds it before its status is asked). Only tokens that exist are
     * kept, so made-up ones are always looked up and always miss.
     */
    public Optional<String> orderOf(String token) {
        if (!ReturnTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        String hash = ReturnTokens.hash(token);
        String known = orders.getIfPresent(hash);
        return known != null ? Optional.of(known) : findByHash(hash).map(CheckoutAttempt::orderId);
    }

    /** The carts the order's express attempts came from that are not emptied yet. */
    public List<String> cartsToClear(String orderId) {
        return jdbc.sql("select distinct cart_id from vipps_checkout_attempt "
                        + "where order_id = ? and cart_id is not null and cart_cleared = false")
                .param(orderId)
                .query(String.class)
                .list();
    }

    public void cartCleared(String orderId, String cartId) {
        jdbc.sql("update vipps_checkout_attempt set cart_cleared = true where order_id = ? and cart_id = ?")
                .params(orderId, cartId)
                .update();
    }

    private static String fits(String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("Longer than " + max + " characters");
        }
        return value;
    }
}
