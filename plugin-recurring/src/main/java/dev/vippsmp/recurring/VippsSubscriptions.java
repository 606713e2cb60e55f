package dev.vippsmp.recurring;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.recurring.AgreementInterval;
import dev.vippsmp.core.client.recurring.AgreementPricing;
import dev.vippsmp.core.client.recurring.Charge;
import dev.vippsmp.core.client.recurring.ChargeAmount;
import dev.vippsmp.core.client.recurring.DraftAgreement;
import dev.vippsmp.core.client.recurring.DraftAgreementResponse;
import dev.vippsmp.core.client.recurring.InitialCharge;
import dev.vippsmp.recurring.SubscriptionEvent.Detail;
import dev.vippsmp.recurring.SubscriptionEvent.Type;
import dev.vippsmp.recurring.SubscriptionOperationException.Reason;
import dev.vippsmp.recurring.charging.ChargeCompletion;
import dev.vippsmp.recurring.lifecycle.AgreementCompletion;
import dev.vippsmp.recurring.lifecycle.IdempotencyKeys;
import dev.vippsmp.recurring.lifecycle.Periods;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.SubscriptionOrder;
import dev.vippsmp.recurring.spi.SubscriptionProduct;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import dev.vippsmp.recurring.store.AgreementRow;
import dev.vippsmp.recurring.store.AgreementStore;
import dev.vippsmp.recurring.store.ChargeRow;
import dev.vippsmp.recurring.store.ChargeStore;
import dev.vippsmp.recurring.store.EventLog;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a shop calls to sell subscriptions: {@link #start} one (the shopper is then sent to the app to agree),
 * {@link #stop}, {@link #pause} or {@link #resume} it, and read a subscriber's subscriptions for a page
 * ({@link #subscriptionsOf}). Outcomes reach the shop through {@link SubscriptionShop#applyOutcome}.
 */
public class VippsSubscriptions {

    /** The path of the return endpoint the app sends the subscriber back to ({@code merchantRedirectUrl}). */
    public static final String RETURN_PATH = "/vipps/recurring/return";

    /** Userinfo asked for when nothing ships: never an address. */
    static final String PROFILE_SCOPE = "name email phoneNumber";
    static final String SHIPPING_SCOPE = "address name email phoneNumber";

    private final VippsClient client;
    private final SubscriptionShop shop;
    private final AgreementStore agreements;
    private final ChargeStore charges;
    private final EventLog events;
    private final AgreementCompletion completion;
    private final ChargeCompletion chargeCompletion;
    private final TransactionTemplate transactions;
    private final VippsRecurringProperties properties;
    private final Clock clock;

    public VippsSubscriptions(VippsClient client, SubscriptionShop shop, AgreementStore agreements,
            ChargeStore charges, EventLog events, AgreementCompletion completion, ChargeCompletion chargeCompletion,
            TransactionTemplate transactions, VippsRecurringProperties properties, Clock clock) {
        this.client = client;
        this.shop = shop;
        this.agreements = agreements;
        this.charges = charges;
        this.events = events;
        this.completion = completion;
        this.chargeCompletion = chargeCompletion;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts the subscription of a shop's order: creates the agreement (its first period charged when the subscriber
     * agrees) and returns where to send the shopper. Starting an order again while its agreement is pending returns
     * the same agreement.
     *
     * @param orderId the shop's subscription order ({@link SubscriptionShop#findSubscriptionOrder})
     * @param shopBase the shop's public address (scheme, host, port and context path) the app returns to
     * @throws SubscriptionOperationException UNKNOWN for no such order, ALREADY_STARTED when it has an agreement
     *         past pending, DISABLED when subscriptions are off, VENDOR when the vendor refuses
     */
    public SubscriptionStart start(String orderId, URI shopBase) {
        if (!properties.enabled()) {
            throw new SubscriptionOperationException(Reason.DISABLED, "Subscriptions are switched off");
        }
        SubscriptionOrder order = shop.findSubscriptionOrder(orderId).orElseThrow(
                () -> new SubscriptionOperationException(Reason.UNKNOWN, "No subscription order " + orderId));
        Optional<AgreementRow> existing = agreements.findByOrder(orderId);
        if (existing.isPresent()) {
            return again(existing.get());
        }
        SubscriptionProduct product = order.product();
        String base = shopBase.toString().replaceAll("/+$", "");
        DraftAgreement draft = new DraftAgreement(AgreementPricing.fixed(product.price(), product.currency()),
                AgreementInterval.of(product.intervalUnit().name(), product.intervalCount()),
                base + RETURN_PATH + "?order=" + orderId, base + order.returnPage(), product.productName(), null,
                order.phoneNumber(), new InitialCharge(product.price(), product.productName(), "DIRECT_CAPTURE",
                        null, orderId + "-0"),
                product.ships() ? SHIPPING_SCOPE : PROFILE_SCOPE, orderId);
        DraftAgreementResponse created;
        try {
            created = client.recurring().createAgreement(draft, IdempotencyKeys.agreement(orderId));
        } catch (VippsApiException e) {
            throw new SubscriptionOperationException(Reason.VENDOR, "The vendor refused the agreement", e);
        }
        AgreementRow row = new AgreementRow(created.agreementId(), orderId, order.customerId(), product.productId(),
                product.productName(), product.price(), product.currency(), product.intervalUnit(),
                product.intervalCount(), product.ships(), order.language().toLanguageTag(), order.returnPage(),
                SubscriptionStatus.PENDING, created.vippsConfirmationUrl(), created.chargeId(), null, 0, null, null,
                null, clock.instant().plus(properties.pollInterval()), 0, clock.instant(), 0);
        try {
            transactions.executeWithoutResult(status -> {
                agreements.insert(row);
                events.append(row.agreementId(), -1, Type.AGREEMENT_CREATED, Source.SHOP, Detail.NONE.referring(orderId));
            });
        } catch (DuplicateKeyException sameOrderMeanwhile) {
            return again(agreements.findByOrder(orderId).orElseThrow());
        }
        return new SubscriptionStart(created.agreementId(), URI.create(created.vippsConfirmationUrl()));
    }

    private static SubscriptionStart again(AgreementRow row) {
        if (row.status() != SubscriptionStatus.PENDING || row.confirmationUrl() == null) {
            throw new SubscriptionOperationException(Reason.ALREADY_STARTED,
                    "Order " + row.orderId() + " has an agreement already");
        }
        return new SubscriptionStart(row.agreementId(), URI.create(row.confirmationUrl()));
    }

    /**
     * Stops the subscription for good (the vendor's agreement is stopped; no more charges). The shop is told
     * {@code AGREEMENT_STOPPED} once. A charge still open at the vendor afterwards (the vendor cancels them itself)
     * is cancelled. Stopping a stopped subscription changes nothing.
     *
     * @throws SubscriptionOperationException UNKNOWN, NOT_ALLOWED for a rejected or expired one, VENDOR
     */
    public Subscription stop(String agreementId) {
        return stop(agreementId, null, Source.SHOP);
    }

    /**
     * Stops as {@link #stop(String)}, if the record is still at {@code expectedVersion} (null for any): the admin's
     * button, so a stale page cannot stop what changed since.
     */
    public Subscription stop(String agreementId, Long expectedVersion, Source source) {
        AgreementRow row = row(agreementId);
        checkVersion(row, expectedVersion);
        if (row.status() == SubscriptionStatus.STOPPED) {
            return view(row);
        }
        if (row.status().isFinal()) {
            throw new SubscriptionOperationException(Reason.NOT_ALLOWED, "The subscription is " + row.status());
        }
        AgreementRow stopped;
        try {
            client.recurring().stopAgreement(agreementId, IdempotencyKeys.of(agreementId, -1, "stop"));
            stopped = completion.complete(agreementId, source).orElseThrow();
        } catch (VippsApiException e) {
            throw new SubscriptionOperationException(Reason.VENDOR, "The vendor refused to stop the agreement", e);
        }
        cancelOpenCharges(agreementId, source);
        return view(stopped);
    }

    /** The vendor cancels a stopped agreement's open charges; any it left open is cancelled here. */
    private void cancelOpenCharges(String agreementId, Source source) {
        for (ChargeRow open : charges.openOf(agreementId)) {
            try {
                Optional<ChargeRow> now = chargeCompletion.complete(agreementId, open.period(), source);
                if (now.isPresent() && cancellable(now.get().state())) {
                    client.recurring().cancelCharge(agreementId, open.chargeId(),
                            IdempotencyKeys.of(agreementId, open.period(), "cancel"));
                    events.append(agreementId, open.period(), Type.CHARGE_CANCEL_REQUESTED, source,
                            Detail.NONE.referring(open.chargeId()));
                    chargeCompletion.complete(agreementId, open.period(), source);
                }
            } catch (VippsApiException e) {
                // The agreement is stopped; the poller keeps reading the charge, which the vendor then settles.
                events.append(agreementId, open.period(), Type.CHARGE_CANCEL_FAILED, source,
                        Detail.NONE.described(e.getMessage()));
            }
        }
    }

    private static boolean cancellable(ChargeState state) {
        return state == ChargeState.PENDING || state == ChargeState.DUE || state == ChargeState.RESERVED
                || state == ChargeState.PARTIALLY_CAPTURED;
    }

    /**
     * Refunds part or all of a period's charge. The charge is read from the vendor first, and the amount must be
     * positive and at most what was captured and not yet refunded. The shop is told {@code PERIOD_REFUNDED} once
     * with the amount. The Idempotency-Key is derived from (agreement, period, "refund-" + n), n counting this
     * charge's refunds, so a repeated click refunds once and two different refunds racing cannot both pass.
     *
     * @param agreementId the agreement
     * @param period the period's number (0 is the initial charge)
     * @param amountMinor the amount to refund, in the charge's currency's minor units
     * @return the charge after the refund
     * @throws SubscriptionOperationException UNKNOWN for no such agreement or period, NOT_ALLOWED when the period's
     *         charge was never created, INVALID_AMOUNT when the amount is not positive or more than is refundable,
     *         VENDOR when the vendor refuses or cannot be reached
     */
    public SubscriptionCharge refund(String agreementId, int period, long amountMinor) {
        return refund(agreementId, period, amountMinor, Source.SHOP);
    }

    /** Refunds as {@link #refund(String, int, long)}, with who asked for the event log (e.g. ADMIN). */
    public SubscriptionCharge refund(String agreementId, int period, long amountMinor, Source source) {
        if (amountMinor <= 0) {
            throw new SubscriptionOperationException(Reason.INVALID_AMOUNT, "A refund is a positive amount");
        }
        AgreementRow agreement = row(agreementId);
        ChargeRow charge = charges.find(agreementId, period).orElseThrow(() -> new SubscriptionOperationException(
                Reason.UNKNOWN, "Agreement " + agreementId + " has no charge for period " + period));
        if (charge.chargeId() == null) {
            throw new SubscriptionOperationException(Reason.NOT_ALLOWED, "Period " + period + " was not charged");
        }
        Charge vendor;
        try {
            vendor = client.recurring().getCharge(agreementId, charge.chargeId());
        } catch (VippsApiException e) {
            throw new SubscriptionOperationException(Reason.VENDOR, "The vendor could not be asked for the charge", e);
        }
        chargeCompletion.apply(charge, vendor, source);
        long refundable = vendor.summary() == null ? 0 : vendor.summary().captured() - vendor.summary().refunded();
        if (amountMinor > refundable) {
            throw new SubscriptionOperationException(Reason.INVALID_AMOUNT, "At most " + refundable + " "
                    + charge.currency() + " of period " + period + " can be refunded");
        }
        long refundsSoFar = vendor.history() == null ? 0 : vendor.history().stream()
                .filter(event -> "REFUND".equals(event.event()) && !Boolean.FALSE.equals(event.success())).count();
        String key = IdempotencyKeys.of(agreementId, period, "refund-" + (refundsSoFar + 1));
        try {
            client.recurring().refundCharge(agreementId, charge.chargeId(),
                    new ChargeAmount(amountMinor, "Refund: " + agreement.productName()), key);
        } catch (VippsApiException e) {
            throw new SubscriptionOperationException(Reason.VENDOR, "The vendor refused the refund", e);
        }
        events.append(agreementId, period, Type.REFUND_REQUESTED, source,
                Detail.NONE.money(amountMinor, charge.currency()));
        try {
            chargeCompletion.complete(agreementId, period, source);
        } catch (VippsApiException e) {
            // Refunded at the vendor; the poller's or the webhook's read tells the shop.
        }
        return charges.find(agreementId, period).map(VippsSubscriptions::view).orElseThrow();
    }

    /**
     * Pauses an active subscription: no charges are created until {@link #resume}. The agreement stays active at the
     * vendor (the Recurring API has no pause).
     *
     * @throws SubscriptionOperationException UNKNOWN, NOT_ALLOWED unless it is active
     */
    public Subscription pause(String agreementId) {
        AgreementRow row = row(agreementId);
        if (row.status() == SubscriptionStatus.PAUSED) {
            return view(row);
        }
        if (row.status() != SubscriptionStatus.ACTIVE) {
            throw new SubscriptionOperationException(Reason.NOT_ALLOWED, "Only an active subscription pauses");
        }
        transactions.executeWithoutResult(status -> {
            if (!agreements.transition(agreementId, row.version(), SubscriptionStatus.ACTIVE,
                    SubscriptionStatus.PAUSED)) {
                throw new SubscriptionOperationException(Reason.CHANGED, "The subscription changed meanwhile");
            }
            events.append(agreementId, -1, Type.PAUSED, Source.SHOP, Detail.NONE);
        });
        return view(row(agreementId));
    }

    /**
     * Resumes a paused subscription. The periods that fell due while it was paused are skipped, not charged
     * afterwards: the next charge is for the first period due after the vendor's one-day lead time.
     *
     * @throws SubscriptionOperationException UNKNOWN, NOT_ALLOWED unless it is paused
     */
    public Subscription resume(String agreementId) {
        AgreementRow row = row(agreementId);
        if (row.status() == SubscriptionStatus.ACTIVE) {
            return view(row);
        }
        if (row.status() != SubscriptionStatus.PAUSED) {
            throw new SubscriptionOperationException(Reason.NOT_ALLOWED, "Only a paused subscription resumes");
        }
        LocalDate earliest = LocalDate.now(clock).plusDays(1);
        int period = Math.max(1, row.nextPeriod());
        LocalDate due = Periods.due(row.startedOn(), row.intervalUnit(), row.intervalCount(), period);
        while (due.isBefore(earliest)) {
            period++;
            due = Periods.due(row.startedOn(), row.intervalUnit(), row.intervalCount(), period);
        }
        int next = period;
        LocalDate nextDue = due;
        transactions.executeWithoutResult(status -> {
            if (!agreements.resume(agreementId, row.version(), next, nextDue)) {
                throw new SubscriptionOperationException(Reason.CHANGED, "The subscription changed meanwhile");
            }
            // The line names the period charged next, and its due date.
            events.append(agreementId, next, Type.RESUMED, Source.SHOP, Detail.NONE.dueOn(nextDue));
        });
        return view(row(agreementId));
    }

    /** A subscriber's subscriptions, newest first, for their "my subscriptions" page. */
    public List<Subscription> subscriptionsOf(String customerId) {
        return agreements.ofCustomer(customerId).stream().map(this::view).toList();
    }

    public Optional<Subscription> find(String agreementId) {
        return agreements.find(agreementId).map(this::view);
    }

    public Optional<Subscription> findByOrder(String orderId) {
        return agreements.findByOrder(orderId).map(this::view);
    }

    /** An agreement's charges, newest period first. */
    public List<SubscriptionCharge> charges(String agreementId) {
        return charges.ofAgreement(agreementId).stream().map(VippsSubscriptions::view).toList();
    }

    /** An agreement's event log, oldest first. */
    public List<SubscriptionEvent> events(String agreementId) {
        return events.of(agreementId);
    }

    /** Re-reads the agreement from the vendor through the one completion path (e.g. from the return page). */
    public Optional<Subscription> refresh(String agreementId, Source source) {
        return completion.complete(agreementId, source).map(this::view);
    }

    private AgreementRow row(String agreementId) {
        return agreements.find(agreementId).orElseThrow(
                () -> new SubscriptionOperationException(Reason.UNKNOWN, "No agreement " + agreementId));
    }

    private static void checkVersion(AgreementRow row, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw new SubscriptionOperationException(Reason.CHANGED, "The subscription changed meanwhile");
        }
    }

    private Subscription view(AgreementRow row) {
        boolean charging = row.status() == SubscriptionStatus.ACTIVE;
        return new Subscription(row.agreementId(), row.orderId(), row.customerId(), row.productName(), row.price(),
                row.currency(), row.intervalUnit(), row.intervalCount(), row.status(),
                charging ? row.nextDue() : null,
                ChargeFailureReason.fromWire(row.lastFailureReason()).orElse(null), row.lastFailureDescription(),
                Locale.forLanguageTag(row.languageTag()), row.version());
    }

    private static SubscriptionCharge view(ChargeRow row) {
        return new SubscriptionCharge(row.agreementId(), row.period(), row.due(), row.amount(), row.currency(),
                row.chargeId(), row.state(), row.refunded(),
                ChargeFailureReason.fromWire(row.failureReason()).orElse(null), row.failureDescription(),
                row.version());
    }
}
