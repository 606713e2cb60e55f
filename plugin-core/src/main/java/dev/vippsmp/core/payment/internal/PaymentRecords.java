package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The payment table. Every change of a stored payment is one conditional UPDATE: state changes check status and
 * version, counters check their old value. Two nodes racing to change the same payment therefore cannot both
 * succeed; the loser sees 0 rows and re-reads. Methods expect a surrounding transaction.
 */
public final class PaymentRecords {

    private final EntityManager entityManager;

    public PaymentRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(PaymentEntity payment) {
        entityManager.persist(payment);
        entityManager.flush();
    }

    public Optional<Payment> find(String reference) {
        return findEntity(reference).map(PaymentEntity::toPayment);
    }

    public Optional<PaymentEntity> findEntity(String reference) {
        return entityManager.createQuery("select p from PaymentEntity p where p.reference = :reference",
                        PaymentEntity.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst()
                .map(entity -> {
                    entityManager.detach(entity);
                    return entity;
                });
    }

    public List<Payment> forOrder(String orderId) {
        // Detached like findEntity's, so a read after a conditional update in the same transaction sees the update
        // instead of the instance this query left in the persistence context.
        return entityManager.createQuery("select p from PaymentEntity p where p.orderId = :orderId "
                        + "order by p.attempt", PaymentEntity.class)
                .setParameter("orderId", orderId)
                .getResultStream().map(entity -> {
                    entityManager.detach(entity);
                    return entity.toPayment();
                }).toList();
    }

    public int lastAttempt(String orderId) {
        Integer last = entityManager.createQuery("select max(p.attempt) from PaymentEntity p "
                        + "where p.orderId = :orderId", Integer.class)
                .setParameter("orderId", orderId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /**
     * Newest first; {@code statuses} empty means all; {@code search} (null for none) is a piece of the reference or
     * the order id, in any case.
     */
    public List<Payment> page(String search, Collection<PaymentStatus> statuses, Boolean flagged, int offset,
            int limit) {
        var query = entityManager.createQuery("select p from PaymentEntity p" + where(search, statuses, flagged)
                + " order by p.createdAt desc, p.id desc", PaymentEntity.class);
        bind(query, search, statuses, flagged);
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream().map(PaymentEntity::toPayment)
                .toList();
    }

    public long count(String search, Collection<PaymentStatus> statuses, Boolean flagged) {
        var query = entityManager.createQuery("select count(p) from PaymentEntity p"
                + where(search, statuses, flagged), Long.class);
        bind(query, search, statuses, flagged);
        return query.getSingleResult();
    }

    /**
     * The same count, but stopping at {@code cap}: a list of a million payments need not count them all for every
     * page (the ids of at most {@code cap} rows are read, which any of the databases does from an index).
     */
    public long countUpTo(String search, Collection<PaymentStatus> statuses, Boolean flagged, int cap) {
        var query = entityManager.createQuery("select p.id from PaymentEntity p" + where(search, statuses, flagged),
                Long.class);
        bind(query, search, statuses, flagged);
        return query.setMaxResults(cap).getResultList().size();
    }

    private static String where(String search, Collection<PaymentStatus> statuses, Boolean flagged) {
        return " where 1 = 1" + (statuses.isEmpty() ? "" : " and p.status in :statuses")
                + (flagged == null ? "" : " and p.flagged = :flagged")
                + (search == null ? "" : " and (lower(p.reference) like :search escape '!'"
                        + " or lower(p.orderId) like :search escape '!')");
    }

    private static void bind(Query query, String search, Collection<PaymentStatus> statuses,
            Boolean flagged) {
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        if (flagged != null) {
            query.setParameter("flagged", flagged);
        }
        if (search != null) {
            String escaped = search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            // A prefix, so that an index can find it (on PostgreSQL, V5's on lower(reference) and lower(order_id)).
            query.setParameter("search", escaped + "%");
        }
    }

    /** References of payments whose next poll is due, oldest due first. */
    public List<String> due(Instant now, int limit) {
        return entityManager.createQuery("select p.reference from PaymentEntity p where p.nextPollAt <= :now "
                        + "order by p.nextPollAt", String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Applies a transition if the payment is still at the status and version it was read at.
     *
     * @return the payment as it is now stored when this caller made the change, without reading it again: the
     *         update matched {@code from}'s version and the row is held by this transaction until it ends, so it is
     *         {@code from} with the transition applied (only the reconciler's poll count, which moves without a
     *         version, may be one ahead in the row); empty when someone else changed the payment first
     */
    public Optional<Payment> transition(Payment from, Transition to, Instant now) {
        // In the precision every supported database keeps (microseconds), so the copy returned is what is stored.
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Instant nextPollAt = to.nextPollAt() == null ? null : to.nextPollAt().truncatedTo(ChronoUnit.MICROS);
        int updated = entityManager.createQuery("update PaymentEntity p set p.status = :status, "
                        + "p.vendorState = :vendorState, p.authorizedMinor = :authorized, "
                        + "p.capturedMinor = :captured, p.refundedMinor = :refunded, p.cancelledMinor = :cancelled, "
                        + "p.shippingMinor = :shipping, p.flagged = :flagged, p.flagReason = :flagReason, "
                        + "p.toldOutcome = :told, p.pspReference = coalesce(:psp, p.pspReference), "
                        + "p.nextPollAt = :nextPollAt, p.version = p.version + 1, p.updatedAt = :now "
                        + "where p.id = :id and p.version = :version and p.status = :fromStatus")
                .setParameter("status", to.status())
                .setParameter("vendorState", to.vendorState())
                .setParameter("authorized", to.authorizedMinor())
                .setParameter("captured", to.capturedMinor())
                .setParameter("refunded", to.refundedMinor())
                .setParameter("cancelled", to.cancelledMinor())
                .setParameter("shipping", to.shippingMinor())
                .setParameter("flagged", to.flagged())
                .setParameter("flagReason", to.flagReason())
                .setParameter("told", to.toldOutcome())
                .setParameter("psp", to.pspReference())
                .setParameter("nextPollAt", nextPollAt)
                .setParameter("now", at)
                .setParameter("id", from.id())
                .setParameter("version", from.version())
                .setParameter("fromStatus", from.status())
                .executeUpdate();
        if (updated != 1) {
            return Optional.empty();
        }
        return Optional.of(new Payment(from.id(), from.orderId(), from.reference(), from.attempt(), from.flow(),
                from.amountMinor(), from.currency(), to.status(), to.vendorState(), to.authorizedMinor(),
                to.capturedMinor(), to.refundedMinor(), to.cancelledMinor(), to.shippingMinor(), to.flagged(),
                to.flagReason(), to.toldOutcome(), from.redirectUrl(), from.captureOnAuthorization(),
                from.version() + 1, from.createdAt(), at, nextPollAt, from.pollCount()));
    }

    public void recordRedirect(String reference, String redirectUrl) {
        entityManager.createQuery("update PaymentEntity p set p.redirectUrl = :url where p.reference = :reference")
                .setParameter("url", redirectUrl)
                .setParameter("reference", reference)
                .executeUpdate();
    }

    /** Polling bookkeeping only; leaves the version alone so it never disturbs a concurrent state change. */
    public void schedulePoll(String reference, Instant nextPollAt, boolean countPoll) {
        entityManager.createQuery("update PaymentEntity p set p.nextPollAt = :next, "
                        + "p.pollCount = p.pollCount + :count where p.reference = :reference")
                .setParameter("next", nextPollAt)
                .setParameter("count", countPoll ? 1 : 0)
                .setParameter("reference", reference)
                .executeUpdate();
    }

    /** Flags a payment for an admin without changing its state (e.g. never final). */
    public void flag(String reference, String reason) {
        entityManager.createQuery("update PaymentEntity p set p.flagged = true, p.flagReason = :reason, "
                        + "p.nextPollAt = null where p.reference = :reference")
                .setParameter("reason", reason)
                .setParameter("reference", reference)
                .executeUpdate();
    }

    /**
     * Moves an operation's sequence on from {@code expected} to the next, after its key was used up (succeeded
     * or definitively refused). False when another caller already moved it.
     */
    public boolean advanceSequence(String reference, Operation operation, int expected) {
        String column = switch (operation) {
            case CAPTURE -> "captureSeq";
            case REFUND -> "refundSeq";
            case CANCEL -> "cancelSeq";
        };
        return entityManager.createQuery("update PaymentEntity p set p." + column + " = :next "
                        + "where p.reference = :reference and p." + column + " = :expected")
                .setParameter("next", expected + 1)
                .setParameter("reference", reference)
                .setParameter("expected", expected)
                .executeUpdate() == 1;
    }

    /**
     * Takes the payment's money claim for {@code token} until {@code until}, if no one holds it or its holder's
     * lease ran out before {@code now}. One conditional UPDATE, so of two nodes asking at once exactly one wins.
     */
    public boolean claimMoney(String reference, String token, Instant now, Instant until) {
        return entityManager.createQuery("update PaymentEntity p set p.moneyClaim = :token, "
                        + "p.moneyClaimedUntil = :until where p.reference = :reference "
                        + "and (p.moneyClaim is null or p.moneyClaimedUntil < :now)")
                .setParameter("token", token)
                .setParameter("until", until)
                .setParameter("reference", reference)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Gives the claim back, if {@code token} still holds it. */
    public void releaseMoney(String reference, String token) {
        entityManager.createQuery("update PaymentEntity p set p.moneyClaim = null, p.moneyClaimedUntil = null "
                        + "where p.reference = :reference and p.moneyClaim = :token")
                .setParameter("reference", reference)
                .setParameter("token", token)
                .executeUpdate();
    }

    /** Money operations that carry a sequence number in their Idempotency-Key. */
    public enum Operation {
        CAPTURE, REFUND, CANCEL
    }
}
