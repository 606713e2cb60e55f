package dev.vippsmp.recurring.charging;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionEvent.Detail;
import dev.vippsmp.recurring.SubscriptionEvent.Type;
import dev.vippsmp.recurring.VippsRecurringProperties;
import dev.vippsmp.recurring.lifecycle.Periods;
import dev.vippsmp.recurring.lifecycle.PollBackoff;
import dev.vippsmp.recurring.spi.SubscriptionProduct;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import dev.vippsmp.recurring.store.AgreementRow;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charges the periods that fall due: for each ACTIVE agreement (a paused one is not) whose next period is due
 * within the vendor's one-day minimum plus {@code vipps.recurring.lead-time}, claims the period (its charge row,
 * unique per agreement and period, inserted in the transaction that moves the agreement on to the following
 * period) and, only when this caller's claim won, has {@link ChargeCreation} create the charge at the vendor. So two
 * nodes running the job at once, or a node running it twice, charge a period once. The amount is the product's
 * current price as the shop says it (the agreement's price when the shop no longer knows the order or prices it in
 * another currency).
 */
public class ChargingJob {

    private static final Logger log = LoggerFactory.getLogger(ChargingJob.class);
    static final int BATCH = 200;

    private final AgreementStore agreements;
    private final ChargeStore charges;
    private final EventLog events;
    private final SubscriptionShop shop;
    private final ChargeCreation creation;
    private final TransactionTemplate transactions;
    private final PollBackoff backoff;
    private final VippsRecurringProperties properties;
    private final Clock clock;

    public ChargingJob(AgreementStore agreements, ChargeStore charges, EventLog events, SubscriptionShop shop,
            ChargeCreation creation, TransactionTemplate transactions, PollBackoff backoff,
            VippsRecurringProperties properties, Clock clock) {
        this.agreements = agreements;
        this.charges = charges;
        this.events = events;
        this.shop = shop;
        this.creation = creation;
        this.transactions = transactions;
        this.backoff = backoff;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass: claims and creates the next due period of each agreement; returns how many periods it claimed. */
    public int runOnce() {
        if (!properties.enabled()) {
            return 0;
        }
        LocalDate dueBy = LocalDate.now(clock).plusDays(VendorDates.MINIMUM_LEAD_DAYS)
                .plusDays(properties.leadTime().toDays());
        int claimed = 0;
        for (AgreementRow agreement : agreements.dueForCharging(dueBy, BATCH)) {
            try {
                if (chargeNextPeriod(agreement)) {
                    claimed++;
                }
            } catch (RuntimeException e) {
                // One agreement's trouble (the shop's lookup, the database) must not hold up the others.
                log.warn("Could not charge period {} of agreement {}; the next run tries again",
                        agreement.nextPeriod(), agreement.agreementId(), e);
            }
        }
        return claimed;
    }

    private boolean chargeNextPeriod(AgreementRow agreement) {
        int period = agreement.nextPeriod();
        LocalDate earliest = VendorDates.earliestDue(clock);
        // A period whose day came while the plugin could not charge it is charged on the first day the vendor allows.
        LocalDate due = agreement.nextDue().isBefore(earliest) ? earliest : agreement.nextDue();
        LocalDate following = Periods.due(agreement.startedOn(), agreement.intervalUnit(),
                agreement.intervalCount(), period + 1);
        long amount = currentPrice(agreement);
        Boolean won = transactions.execute(status -> {
            if (!agreements.advance(agreement.agreementId(), period, following)) {
                return false;
            }
            // The claimed row waits a poll interval before the poller would try it, so the claimer goes first.
            if (!charges.claim(agreement.agreementId(), period, due, amount, agreement.currency(), null,
                    ChargeState.CREATING, backoff.next(1))) {
                status.setRollbackOnly();
                return false;
            }
            events.append(agreement.agreementId(), period, Type.CHARGE_CLAIMED, Source.JOB,
                    Detail.NONE.money(amount, agreement.currency()).dueOn(due));
            return true;
        });
        if (!Boolean.TRUE.equals(won)) {
            return false;
        }
        creation.create(charges.find(agreement.agreementId(), period).orElseThrow(), Source.JOB);
        return true;
    }

    private long currentPrice(AgreementRow agreement) {
        return shop.findSubscriptionOrder(agreement.orderId())
                .map(order -> order.product())
                .filter(product -> product.currency().equals(agreement.currency()))
                .map(SubscriptionProduct::price)
                .orElse(agreement.price());
    }
}
