package dev.vippsmp.recurring.charging;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.recurring.Charge;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionEvent.Detail;
import dev.vippsmp.recurring.SubscriptionEvent.Type;
import dev.vippsmp.recurring.lifecycle.PollBackoff;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import dev.vippsmp.recurring.store.AgreementRow;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeRow;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one completion path of a period's charge, called by the webhook handler, the poller, a refund and a stop:
 * re-reads the charge from the vendor (a webhook is only a hint), moves the row by a guarded transition on its
 * version, and in the same transaction tells the shop {@code PERIOD_CHARGED}, {@code PERIOD_FAILED} or
 * {@code PERIOD_REFUNDED} and keeps the agreement's last failure, so the shop hears each outcome once however many
 * callers race. Nothing else changes a created charge's state.
 */
public class ChargeCompletion {

    private final VippsClient client;
    private final AgreementStore agreements;
    private final ChargeStore charges;
    private final EventLog events;
    private final SubscriptionShop shop;
    private final TransactionTemplate transactions;
    private final PollBackoff backoff;

    public ChargeCompletion(VippsClient client, AgreementStore agreements, ChargeStore charges, EventLog events,
            SubscriptionShop shop, TransactionTemplate transactions, PollBackoff backoff) {
        this.client = client;
        this.agreements = agreements;
        this.charges = charges;
        this.events = events;
        this.shop = shop;
        this.transactions = transactions;
        this.backoff = backoff;
    }

    /**
     * Completes the period's charge from the vendor's state; empty when the plugin has no such charge. A charge
     * not created yet, or one the vendor will not move any more, is returned as it is without a call.
     */
    public Optional<ChargeRow> complete(String agreementId, int period, Source source) {
        Optional<ChargeRow> found = charges.find(agreementId, period);
        if (found.isEmpty() || !readable(found.get())) {
            return found;
        }
        Charge vendor = client.recurring().getCharge(agreementId, found.get().chargeId());
        return apply(found.get(), vendor, source);
    }

    /** True when the vendor has the charge and may still change it (a charged one may still be refunded). */
    static boolean readable(ChargeRow row) {
        return row.chargeId() != null && row.state() != ChargeState.CREATING
                && (!row.state().isFinal() || row.state().isCharged());
    }

    /** Moves the row to the vendor's reading of its charge, just made by the caller (e.g. before a refund). */
    public Optional<ChargeRow> apply(ChargeRow row, Charge vendor, Source source) {
        ChargeState target = ChargeState.fromVendor(vendor.status());
        long captured = vendor.summary() == null ? 0 : vendor.summary().captured();
        long refunded = vendor.summary() == null ? row.refunded() : vendor.summary().refunded();
        boolean failed = target == ChargeState.FAILED;
        String reason = failed ? vendor.failureReason() : null;
        String description = failed ? vendor.failureDescription() : null;
        int attempts = row.pollAttempts() + 1;
        Instant nextPoll = target.isFinal() ? null : nextRead(target, row, attempts);
        if (target == row.state() && refunded == row.refunded()) {
            if (nextPoll != null) {
                charges.pollLater(row.agreementId(), row.period(), nextPoll, attempts, null);
            }
            return Optional.of(row);
        }
        AgreementRow agreement = agreements.find(row.agreementId()).orElseThrow();
        transactions.executeWithoutResult(status -> {
            if (!charges.transition(row.agreementId(), row.period(), row.version(), target, refunded, reason,
                    description, nextPoll, attempts)) {
                return;
            }
            events.append(row.agreementId(), row.period(), Type.charge(target), source,
                    failed ? Detail.NONE.failure(reason, description) : Detail.NONE.vendorState(vendor.status()));
            boolean latest = latestSettled(row);
            if (!wasCharged(row.state()) && captured > 0) {
                if (latest) {
                    agreements.lastFailure(row.agreementId(), null, null);
                }
                tell(agreement, row, source, SubscriptionOutcome.Kind.PERIOD_CHARGED, captured, null, null);
            }
            if (failed && row.state() != ChargeState.FAILED) {
                if (latest) {
                    agreements.lastFailure(row.agreementId(), reason, description);
                }
                tell(agreement, row, source, SubscriptionOutcome.Kind.PERIOD_FAILED, row.amount(),
                        ChargeFailureReason.fromWire(reason).orElse(null), description);
            }
            if (refunded > row.refunded()) {
                tell(agreement, row, source, SubscriptionOutcome.Kind.PERIOD_REFUNDED, refunded - row.refunded(),
                        null, null);
            }
        });
        return charges.find(row.agreementId(), row.period());
    }

    /**
     * A charge waiting for its due date moves only if stopped meanwhile: after a few reads on the backoff it is read
     * again on its due day (the vendor's), not every few hours for weeks.
     */
    private Instant nextRead(ChargeState state, ChargeRow row, int attempts) {
        Instant backedOff = backoff.next(attempts);
        if (state != ChargeState.PENDING) {
            return backedOff;
        }
        Instant dueDay = row.due().atStartOfDay(VendorDates.ZONE).toInstant();
        return backedOff.isBefore(dueDay) && attempts > 3 ? dueDay : backedOff;
    }

    /**
     * True when no later period has been charged or has failed: only the latest settled period says whether the
     * subscription's last charge failed (an initial charge read late must not clear a later period's failure).
     */
    private boolean latestSettled(ChargeRow row) {
        return charges.ofAgreement(row.agreementId()).stream().noneMatch(other -> other.period() > row.period()
                && (wasCharged(other.state()) || other.state() == ChargeState.FAILED));
    }

    /** True when the shop was already told the period was charged (REFUNDED is only reached after CHARGED). */
    private static boolean wasCharged(ChargeState state) {
        return state.isCharged() || state == ChargeState.REFUNDED;
    }

    private void tell(AgreementRow agreement, ChargeRow row, Source source, SubscriptionOutcome.Kind kind,
            long amount, ChargeFailureReason reason, String description) {
        shop.applyOutcome(new SubscriptionOutcome(kind, agreement.orderId(), row.agreementId(), row.period(),
                row.due(), amount, row.currency(), reason, description));
        Detail detail = Detail.NONE.money(amount, row.currency()).dueOn(row.due());
        Type event = switch (kind) {
            case PERIOD_CHARGED -> Type.PERIOD_CHARGED;
            case PERIOD_FAILED -> Type.PERIOD_FAILED;
            case PERIOD_REFUNDED -> Type.PERIOD_REFUNDED;
            default -> throw new IllegalArgumentException("Not a period's outcome: " + kind);
        };
        events.append(row.agreementId(), row.period(), event, source,
                reason == null ? detail : detail.failure(reason.wireValue(), description));
    }
}
