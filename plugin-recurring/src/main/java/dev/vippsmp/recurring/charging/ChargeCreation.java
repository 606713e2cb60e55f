package dev.vippsmp.recurring.charging;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.recurring.ChargeReference;
import dev.vippsmp.core.client.recurring.CreateCharge;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionEvent.Detail;
import dev.vippsmp.recurring.SubscriptionEvent.Type;
import dev.vippsmp.recurring.VippsRecurringProperties;
import dev.vippsmp.recurring.lifecycle.AgreementCompletion;
import dev.vippsmp.recurring.lifecycle.IdempotencyKeys;
import dev.vippsmp.recurring.lifecycle.PollBackoff;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import dev.vippsmp.recurring.store.AgreementRow;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeRow;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a claimed period's charge at the vendor: right after the claim, and again from the poller while the row
 * is CREATING (the vendor could not be reached, or this node stopped in between). Every try sends the same body,
 * built from the row, with the same Idempotency-Key from (agreement, period, "charge"), so however often it is
 * tried the vendor makes one charge. A refusal (a 4xx other than the credentials' or the rate limit's) is final:
 * recorded on the row and in the event log, and the shop told the period failed, never tried again.
 */
public class ChargeCreation {

    /** DIRECT_CAPTURE: the period is paid on its due date, nothing is left to capture. */
    static final String TRANSACTION_TYPE = "DIRECT_CAPTURE";
    private static final Set<ErrorCategory> REFUSALS = Set.of(ErrorCategory.VALIDATION, ErrorCategory.CONFLICT,
            ErrorCategory.STATE, ErrorCategory.NOT_FOUND);

    private final VippsClient client;
    private final AgreementStore agreements;
    private final ChargeStore charges;
    private final EventLog events;
    private final SubscriptionShop shop;
    private final AgreementCompletion agreementCompletion;
    private final TransactionTemplate transactions;
    private final PollBackoff backoff;
    private final VippsRecurringProperties properties;

    public ChargeCreation(VippsClient client, AgreementStore agreements, ChargeStore charges, EventLog events,
            SubscriptionShop shop, AgreementCompletion agreementCompletion, TransactionTemplate transactions,
            PollBackoff backoff, VippsRecurringProperties properties) {
        this.client = client;
        this.agreements = agreements;
        this.charges = charges;
        this.events = events;
        this.shop = shop;
        this.agreementCompletion = agreementCompletion;
        this.transactions = transactions;
        this.backoff = backoff;
        this.properties = properties;
    }

    /** Creates the CREATING row's charge; true when the vendor made it (now or on an earlier try). */
    public boolean create(ChargeRow row, Source source) {
        if (row.state() != ChargeState.CREATING) {
            return false;
        }
        AgreementRow agreement = agreements.find(row.agreementId()).orElseThrow();
        // The spec's CreateChargeV3 has no "type"; the vendor's newer pages add "type": "RECURRING", its default.
        // It is left out, as the spec file (the contract the simulator is written from) has it.
        String externalId = agreement.orderId() + "-" + row.period();
        CreateCharge body = new CreateCharge(row.amount(), TRANSACTION_TYPE, agreement.productName(),
                row.due().toString(), properties.retryDays(), null, externalId.length() <= 64 ? externalId : null);
        try {
            ChargeReference created = client.recurring().createCharge(row.agreementId(), body,
                    IdempotencyKeys.of(row.agreementId(), row.period(), "charge"));
            transactions.executeWithoutResult(status -> {
                if (charges.created(row.agreementId(), row.period(), created.chargeId(), backoff.next(1))) {
                    events.append(row.agreementId(), row.period(), Type.CHARGE_CREATED, source,
                            Detail.NONE.referring(created.chargeId()).dueOn(row.due()));
                }
            });
            return true;
        } catch (VippsApiException e) {
            if (!REFUSALS.contains(e.category())) {
                // Not reached, or not now: the poller tries again with the same key.
                charges.pollLater(row.agreementId(), row.period(), backoff.next(row.pollAttempts() + 1),
                        row.pollAttempts() + 1, e.getMessage());
                return false;
            }
            refused(row, agreement, source, e);
            return false;
        }
    }

    private void refused(ChargeRow row, AgreementRow agreement, Source source, VippsApiException e) {
        // The commonest refusal is an agreement that ended at the vendor without the plugin hearing of it: learn
        // that first, so such a period is cancelled along with its agreement rather than told as a failure.
        boolean ended = agreementCompletion.complete(row.agreementId(), source)
                .map(current -> current.status().isFinal()).orElse(true);
        String vendorWords = e.detail() != null ? e.detail() : e.title();
        String description = "Refused by the vendor: " + vendorWords;
        transactions.executeWithoutResult(status -> {
            if (!charges.refused(row.agreementId(), row.period(), row.version(),
                    ended ? ChargeState.CANCELLED : ChargeState.FAILED, description, e.getMessage())) {
                return;
            }
            events.append(row.agreementId(), row.period(), Type.CHARGE_REFUSED, source,
                    Detail.NONE.described(e.getMessage()));
            if (!ended) {
                agreements.lastFailure(row.agreementId(), null, description);
                shop.applyOutcome(new SubscriptionOutcome(SubscriptionOutcome.Kind.PERIOD_FAILED,
                        agreement.orderId(), row.agreementId(), row.period(), row.due(), row.amount(),
                        row.currency(), null, description));
                // The log keeps the vendor's words; the page says in the admin's language that the vendor refused.
                events.append(row.agreementId(), row.period(), Type.PERIOD_FAILED, source,
                        Detail.NONE.money(row.amount(), row.currency()).described(vendorWords));
            }
        });
    }
}
