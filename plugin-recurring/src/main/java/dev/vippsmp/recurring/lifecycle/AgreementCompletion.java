package dev.vippsmp.recurring.lifecycle;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.recurring.Agreement;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionEvent.Detail;
import dev.vippsmp.recurring.SubscriptionEvent.Type;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import dev.vippsmp.recurring.store.AgreementRow;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one completion path of an agreement, called by the return page, the webhook handler and the poller: re-reads
 * the agreement from the vendor (a webhook is only a hint), moves the row by a guarded transition on its version,
 * and tells the shop in the same transaction, so the shop hears each outcome once however many callers race. An
 * agreement found active gets its period 0, the initial charge the vendor took when the subscriber agreed, as a
 * charge row that the charge's completion path then follows like any other period's.
 */
public class AgreementCompletion {

    private final VippsClient client;
    private final AgreementStore agreements;
    private final ChargeStore charges;
    private final EventLog events;
    private final SubscriptionShop shop;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AgreementCompletion(VippsClient client, AgreementStore agreements, ChargeStore charges, EventLog events,
            SubscriptionShop shop, TransactionTemplate transactions, Clock clock) {
        this.client = client;
        this.agreements = agreements;
        this.charges = charges;
        this.events = events;
        this.shop = shop;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Completes the agreement from the vendor's state; empty when the plugin has no such agreement. */
    public Optional<AgreementRow> complete(String agreementId, Source source) {
        Optional<AgreementRow> found = agreements.find(agreementId);
        if (found.isEmpty()) {
            return found;
        }
        AgreementRow row = found.get();
        if (row.status().isFinal()) {
            return found;
        }
        Agreement vendor = client.recurring().getAgreement(agreementId);
        SubscriptionStatus target = target(row.status(), vendor.status());
        if (target == null) {
            return found;
        }
        transactions.executeWithoutResult(status -> {
            boolean moved;
            if (target == SubscriptionStatus.ACTIVE) {
                LocalDate startedOn = startDate(vendor);
                moved = agreements.activate(agreementId, row.version(), startedOn,
                        Periods.due(startedOn, row.intervalUnit(), row.intervalCount(), 1));
                if (moved && row.initialChargeId() != null) {
                    charges.claim(agreementId, 0, startedOn, row.price(), row.currency(), row.initialChargeId(),
                            ChargeState.PENDING, clock.instant());
                }
            } else {
                moved = agreements.transition(agreementId, row.version(), row.status(), target);
            }
            if (moved) {
                events.append(agreementId, -1, Type.agreement(target), source, Detail.NONE.vendorState(vendor.status()));
                shop.applyOutcome(new SubscriptionOutcome(kind(target), row.orderId(), agreementId, -1, null, 0,
                        row.currency(), null, null));
            }
        });
        return agreements.find(agreementId);
    }

    /** Where the local state goes for the vendor's, or null for nowhere. */
    static SubscriptionStatus target(SubscriptionStatus local, String vendorStatus) {
        boolean pending = local == SubscriptionStatus.PENDING;
        return switch (vendorStatus == null ? "" : vendorStatus) {
            case "ACTIVE" -> pending ? SubscriptionStatus.ACTIVE : null;
            // An agreement stopped or expired before the user agreed was declined or left unanswered.
            case "STOPPED" -> pending ? SubscriptionStatus.REJECTED : SubscriptionStatus.STOPPED;
            case "EXPIRED" -> pending ? SubscriptionStatus.REJECTED : SubscriptionStatus.EXPIRED;
            default -> null;
        };
    }

    private static SubscriptionOutcome.Kind kind(SubscriptionStatus status) {
        return switch (status) {
            case ACTIVE -> SubscriptionOutcome.Kind.AGREEMENT_ACTIVE;
            case REJECTED -> SubscriptionOutcome.Kind.AGREEMENT_REJECTED;
            case EXPIRED -> SubscriptionOutcome.Kind.AGREEMENT_EXPIRED;
            default -> SubscriptionOutcome.Kind.AGREEMENT_STOPPED;
        };
    }

    private LocalDate startDate(Agreement vendor) {
        if (vendor.start() != null) {
            try {
                return OffsetDateTime.parse(vendor.start()).atZoneSameInstant(clock.getZone()).toLocalDate();
            } catch (RuntimeException unreadable) {
                // Fall back to today: the vendor's start is informative, the period schedule is ours.
            }
        }
        return LocalDate.now(clock);
    }
}
