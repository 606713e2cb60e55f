package dev.vippsmp.recurring.polling;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.charging.ChargeCompletion;
import dev.vippsmp.recurring.charging.ChargeCreation;
import dev.vippsmp.recurring.lifecycle.AgreementCompletion;
import dev.vippsmp.recurring.lifecycle.PollBackoff;
import dev.vippsmp.recurring.store.AgreementRow;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeRow;
import dev.vippsmp.recurring.store.ChargeStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polling as well as webhooks: re-reads the charges that are not final and the agreements still pending whose next
 * read is due, through their completion paths, so a webhook that never came changes nothing. A charge the vendor
 * has not made yet (CREATING) is tried again instead. Each read books the next one on the {@link PollBackoff}.
 */
public class RecurringPoller {

    private static final Logger log = LoggerFactory.getLogger(RecurringPoller.class);
    static final int BATCH = 100;

    private final AgreementStore agreements;
    private final ChargeStore charges;
    private final AgreementCompletion agreementCompletion;
    private final ChargeCompletion chargeCompletion;
    private final ChargeCreation creation;
    private final PollBackoff backoff;
    private final Clock clock;

    public RecurringPoller(AgreementStore agreements, ChargeStore charges, AgreementCompletion agreementCompletion,
            ChargeCompletion chargeCompletion, ChargeCreation creation, PollBackoff backoff, Clock clock) {
        this.agreements = agreements;
        this.charges = charges;
        this.agreementCompletion = agreementCompletion;
        this.chargeCompletion = chargeCompletion;
        this.creation = creation;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** One pass; returns how many agreements and charges it read or tried. */
    public int runOnce() {
        Instant now = clock.instant();
        int handled = 0;
        for (AgreementRow agreement : agreements.dueForPolling(now, BATCH)) {
            int attempts = agreement.pollAttempts() + 1;
            try {
                Optional<AgreementRow> after = agreementCompletion.complete(agreement.agreementId(), Source.POLL);
                if (after.isPresent() && after.get().status() == SubscriptionStatus.PENDING) {
                    agreements.pollLater(agreement.agreementId(), backoff.next(attempts), attempts);
                }
            } catch (RuntimeException e) {
                log.warn("Could not read agreement {}; reading it again later", agreement.agreementId(), e);
                agreements.pollLater(agreement.agreementId(), backoff.next(attempts), attempts);
            }
            handled++;
        }
        for (ChargeRow charge : charges.dueForPolling(now, BATCH)) {
            try {
                if (charge.state() == ChargeState.CREATING) {
                    creation.create(charge, Source.POLL);
                } else {
                    chargeCompletion.complete(charge.agreementId(), charge.period(), Source.POLL);
                }
            } catch (RuntimeException e) {
                log.warn("Could not read period {} of agreement {}; reading it again later", charge.period(),
                        charge.agreementId(), e);
                charges.pollLater(charge.agreementId(), charge.period(), backoff.next(charge.pollAttempts() + 1),
                        charge.pollAttempts() + 1, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            handled++;
        }
        return handled;
    }
}
