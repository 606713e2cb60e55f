package dev.vippsmp.simulator.recurring;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.http.ApiOperation;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.idempotency.IdempotencyStore;
import dev.vippsmp.simulator.limits.RateLimiter;
import dev.vippsmp.simulator.profile.Consents;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The Recurring operations: the merchant's (agreements and charges), the user's (accept, reject) and time's
 * (processing due charges, expiring agreements nobody answered). Each runs under the agreement's lock.
 */
@Service
class RecurringService {

    static final String RECURRING = "RECURRING";
    static final String UNSCHEDULED = "UNSCHEDULED";
    static final String INITIAL = "INITIAL";
    /**
     * "Charges are created with a 1-day lead time and processed on the due date" (Recurring charges, how it works;
     * the spec says at least one day in the test environment).
     */
    static final int LEAD_DAYS = 1;
    /** An agreement nobody accepts expires, as the vendor's do after 10 minutes in the app. */
    static final Duration ACCEPT_WITHIN = Duration.ofMinutes(10);
    /** The vendor's days: Norwegian dates. */
    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final RecurringStore store;
    private final RecurringRequests requests;
    private final IdempotencyStore idempotency;
    private final RateLimiter rateLimiter;
    private final Consents consents;
    private final TestUsers users;
    private final SimulatorClock clock;
    private final ApplicationEventPublisher publisher;

    RecurringService(RecurringStore store, RecurringRequests requests, IdempotencyStore idempotency,
            RateLimiter rateLimiter, Consents consents, TestUsers users, SimulatorClock clock,
            ApplicationEventPublisher publisher) {
        this.store = store;
        this.requests = requests;
        this.idempotency = idempotency;
        this.rateLimiter = rateLimiter;
        this.consents = consents;
        this.users = users;
        this.clock = clock;
        this.publisher = publisher;
    }

    // --- agreements

    Map<String, Object> draft(Caller caller, Fields body, String key, String baseUrl) {
        rateLimiter.modification(ApiOperation.DRAFT_AGREEMENT.operationId(), caller.msn(), key);
        return idempotency.execute(caller.msn() + "|recurring-draft", key, body.node(),
                ErrorCode.IDEMPOTENCY_KEY_USED, () -> {
                    DraftAgreement draft = requests.draft(body, caller.unit());
                    Instant now = clock.now();
                    String id = "agr_" + random(7);
                    String chargeId = null;
                    if (draft.initialCharge() != null) {
                        chargeId = draft.initialCharge().orderId() != null ? draft.initialCharge().orderId()
                                : "chr_" + random(10);
                    }
                    Agreement agreement = new Agreement(id, UUID.randomUUID().toString(), caller.msn(),
                            caller.unit().name(), caller.unit().brand(), token(), baseUrl, now, draft, chargeId);
                    if (chargeId != null) {
                        if (!store.claimCharge(caller.msn(), chargeId, agreement)) {
                            throw ApiProblem.of(HttpStatus.CONFLICT, "A charge with orderId " + chargeId
                                    + " already exists for MSN " + caller.msn()).withField("initialCharge.orderId",
                                            "must be unique for the merchant");
                        }
                        InitialCharge initial = draft.initialCharge();
                        agreement.addCharge(new Charge(chargeId, id, INITIAL, initial.transactionType(),
                                initial.amount(), draft.pricing().currency(), initial.description(), today(), 0,
                                initial.externalId(), now, key));
                    }
                    store.add(agreement);
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("agreementId", id);
                    answer.put("uuid", agreement.uuid());
                    answer.put("vippsConfirmationUrl", RecurringViews.confirmationUrl(agreement));
                    answer.put("chargeId", chargeId);
                    return answer;
                });
    }

    Map<String, Object> get(Caller caller, String agreementId) {
        rateLimiter.read(ApiOperation.FETCH_AGREEMENT.operationId(), caller.subscriptionKey(), agreementId);
        return read(store.require(caller.msn(), agreementId), RecurringViews::agreement);
    }

    List<Map<String, Object>> list(Caller caller, AgreementStatus status, Long createdAfter) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Agreement agreement : store.all()) {
            if (!agreement.msn().equals(caller.msn())
                    || (createdAfter != null && agreement.created().toEpochMilli() <= createdAfter)) {
                continue;
            }
            Map<String, Object> view = read(agreement, RecurringViews::agreement);
            if (view.get("status").equals(status.name())) {
                found.add(view);
            }
        }
        return found;
    }

    void update(Caller caller, String agreementId, Fields body, String key) {
        rateLimiter.modification(ApiOperation.UPDATE_AGREEMENT.operationId(), caller.msn(), agreementId);
        idempotency.execute(caller.msn() + "|recurring-update|" + agreementId, key, body.node(),
                ErrorCode.IDEMPOTENCY_KEY_USED, () -> {
                    Agreement agreement = store.require(caller.msn(), agreementId);
                    AgreementUpdate update = AgreementUpdate.parse(body, requests, caller.unit());
                    return change(agreement, () -> {
                        if (agreement.status() == AgreementStatus.STOPPED
                                || agreement.status() == AgreementStatus.EXPIRED) {
                            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Agreement " + agreementId + " is "
                                    + agreement.status() + " and can no longer be changed")
                                    .withField("agreement.status", agreement.status().name());
                        }
                        update.apply(agreement);
                        if (update.stop()) {
                            stop(agreement, AgreementStatus.STOPPED, RecurringEvent.AGREEMENT_STOPPED, key);
                        }
                        return Boolean.TRUE;
                    });
                });
    }

    // --- charges

    Map<String, Object> createCharge(Caller caller, String agreementId, Fields body, String key) {
        rateLimiter.modification(ApiOperation.CREATE_CHARGE.operationId(), caller.msn(), agreementId);
        return idempotency.execute(caller.msn() + "|recurring-charge|" + agreementId, key, body.node(),
                ErrorCode.IDEMPOTENCY_KEY_USED, () -> {
                    Agreement agreement = store.require(caller.msn(), agreementId);
                    RecurringRequests.NewCharge request = requests.charge(body, caller.unit());
                    LocalDate today = today();
                    LocalDate earliest = RECURRING.equals(request.type()) ? today.plusDays(LEAD_DAYS) : today;
                    if (request.due().isBefore(earliest)) {
                        throw ApiProblem.invalid(null, "due", request.due().isBefore(today)
                                ? "must not be in the past (today is " + today + ")"
                                : "must be at least " + LEAD_DAYS + " day after today (" + today
                                        + ") for a RECURRING charge: the earliest due date is " + earliest);
                    }
                    return change(agreement, () -> {
                        if (agreement.status() != AgreementStatus.ACTIVE) {
                            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Cannot create a charge for an agreement "
                                    + "which is not active: agreement " + agreementId + " is " + agreement.status())
                                    .withField("agreement.status", agreement.status().name());
                        }
                        String chargeId = request.orderId() != null ? request.orderId() : "chr_" + random(10);
                        if (!store.claimCharge(caller.msn(), chargeId, agreement)) {
                            throw ApiProblem.of(HttpStatus.CONFLICT, "A charge with orderId " + chargeId
                                    + " already exists for MSN " + caller.msn())
                                    .withField("orderId", "must be unique for the merchant");
                        }
                        agreement.addCharge(new Charge(chargeId, agreementId, request.type(),
                                request.transactionType(), request.amount(), agreement.pricing().currency(),
                                request.description(), request.due(), request.retryDays(), request.externalId(),
                                clock.now(), key));
                        return Map.<String, Object>of("chargeId", chargeId);
                    });
                });
    }

    Map<String, Object> getCharge(Caller caller, String agreementId, String chargeId) {
        rateLimiter.read(ApiOperation.FETCH_CHARGE.operationId(), caller.subscriptionKey(), chargeId);
        Agreement agreement = store.require(caller.msn(), agreementId);
        return read(agreement, found -> RecurringViews.charge(found, requireCharge(found, chargeId)));
    }

    Map<String, Object> getChargeById(Caller caller, String chargeId) {
        rateLimiter.read(ApiOperation.FETCH_CHARGE_BY_ID.operationId(), caller.subscriptionKey(), chargeId);
        Agreement agreement = store.byChargeId(caller.msn(), chargeId).orElseThrow(() -> noCharge(chargeId));
        return read(agreement, found -> RecurringViews.charge(found, requireCharge(found, chargeId)));
    }

    List<Map<String, Object>> listCharges(Caller caller, String agreementId, ChargeStatus status) {
        rateLimiter.read(ApiOperation.LIST_CHARGES.operationId(), caller.subscriptionKey(), agreementId);
        return read(store.require(caller.msn(), agreementId), agreement -> RecurringViews.charges(agreement,
                agreement.charges().stream().filter(charge -> status == null || charge.status() == status)
                        .toList()));
    }

    void capture(Caller caller, String agreementId, String chargeId, Fields body, String key) {
        rateLimiter.modification(ApiOperation.CAPTURE_CHARGE.operationId(), caller.msn(), chargeId);
        idempotency.execute(caller.msn() + "|recurring-capture|" + chargeId, key, body.node(),
                ErrorCode.CAPTURE_IDEMPOTENCY_CONFLICT, () -> {
                    Agreement agreement = store.require(caller.msn(), agreementId);
                    RecurringRequests.Adjustment capture = requests.adjustment(body, caller.unit());
                    return change(agreement, () -> {
                        Charge charge = requireCharge(agreement, chargeId);
                        if (charge.status() != ChargeStatus.RESERVED
                                && charge.status() != ChargeStatus.PARTIALLY_CAPTURED) {
                            throw wrongState(charge, "captured", "only a RESERVED charge can be captured");
                        }
                        if (capture.amount() > charge.capturable()) {
                            throw ApiProblem.invalid(null, "amount", "must be at most " + charge.capturable()
                                    + ", what is reserved and not yet captured");
                        }
                        charge.capture(capture.amount(), clock.now(), key);
                        publish(agreement, charge, RecurringEvent.CHARGE_CAPTURED);
                        return Boolean.TRUE;
                    });
                });
    }

    void refund(Caller caller, String agreementId, String chargeId, Fields body, String key) {
        rateLimiter.modification(ApiOperation.REFUND_CHARGE.operationId(), caller.msn(), chargeId);
        idempotency.execute(caller.msn() + "|recurring-refund|" + chargeId, key, body.node(),
                ErrorCode.REFUND_IDEMPOTENCY_CONFLICT, () -> {
                    Agreement agreement = store.require(caller.msn(), agreementId);
                    RecurringRequests.Adjustment refund = requests.adjustment(body, caller.unit());
                    return change(agreement, () -> {
                        Charge charge = requireCharge(agreement, chargeId);
                        if (charge.captured() == 0) {
                            throw wrongState(charge, "refunded", "only a charged or captured charge can be refunded");
                        }
                        if (refund.amount() > charge.refundable()) {
                            throw ApiProblem.invalid(null, "amount", "must be at most " + charge.refundable()
                                    + ", what is captured and not yet refunded");
                        }
                        charge.refund(refund.amount(), clock.now(), key);
                        publish(agreement, charge, RecurringEvent.CHARGE_REFUNDED);
                        return Boolean.TRUE;
                    });
                });
    }

    void cancel(Caller caller, String agreementId, String chargeId, String key) {
        rateLimiter.modification(ApiOperation.CANCEL_CHARGE.operationId(), caller.msn(), chargeId);
        idempotency.execute(caller.msn() + "|recurring-cancel|" + chargeId, key, null,
                ErrorCode.IDEMPOTENCY_KEY_USED, () -> {
                    Agreement agreement = store.require(caller.msn(), agreementId);
                    return change(agreement, () -> {
                        Charge charge = requireCharge(agreement, chargeId);
                        if (!cancellable(charge)) {
                            throw wrongState(charge, "cancelled", "only a PENDING, DUE, RESERVED or "
                                    + "PARTIALLY_CAPTURED charge can be cancelled");
                        }
                        charge.cancel(clock.now(), key);
                        publish(agreement, charge, RecurringEvent.CHARGE_CANCELED);
                        return Boolean.TRUE;
                    });
                });
    }

    // --- the user's side and time's

    /** The user accepts in the app: ACTIVE, the initial charge paid or reserved, the scope's profile shared. */
    Agreement accept(Agreement agreement, String phoneNumber, Long maxAmount) {
        return change(agreement, () -> {
            requirePending(agreement);
            TestUser user = user(agreement, phoneNumber);
            Instant now = clock.now();
            List<String> scopes = agreement.draft().scopes();
            String sub = scopes.isEmpty() ? null : user.sub(agreement.msn());
            if (maxAmount != null && agreement.pricing().variable() && maxAmount < 1) {
                throw ApiProblem.invalid(null, "maxAmount", "must be positive");
            }
            agreement.activate(now, sub, maxAmount);
            if (sub != null) {
                consents.grant(agreement.msn(), sub, scopes, now);
            }
            publish(agreement, RecurringEvent.AGREEMENT_ACTIVATED);
            Charge initial = agreement.initialChargeId() == null ? null : agreement.charge(agreement.initialChargeId());
            if (initial != null) {
                // The user pays the initial charge while accepting; the test amounts apply to scheduled charges.
                settle(agreement, initial, initial.attempt(today(), now, null, transactionId()));
            }
            return agreement;
        });
    }

    /** The user rejects in the app: STOPPED, the initial charge cancelled. */
    Agreement reject(Agreement agreement) {
        return change(agreement, () -> {
            requirePending(agreement);
            agreement.end(AgreementStatus.STOPPED, clock.now());
            publish(agreement, RecurringEvent.AGREEMENT_REJECTED);
            cancelOpenCharges(agreement, null);
            return agreement;
        });
    }

    /** Runs a charge now as if its due date had come; the outcome as the test amounts and controls say. */
    Map<String, Object> process(String chargeId) {
        Agreement agreement = store.anyByChargeId(chargeId).orElseThrow(() -> noCharge(chargeId));
        return change(agreement, () -> {
            Charge charge = requireCharge(agreement, chargeId);
            if (charge.status() != ChargeStatus.PENDING && charge.status() != ChargeStatus.DUE) {
                throw wrongState(charge, "processed", "only a PENDING or DUE charge can be processed");
            }
            if (INITIAL.equals(charge.type())) {
                throw wrongState(charge, "processed", "an initial charge is paid when the user accepts the agreement");
            }
            runAttempt(agreement, charge);
            return RecurringViews.charge(agreement, charge);
        });
    }

    /** Runs every charge due today or earlier that has not been tried today; returns their ids. */
    List<String> processDue() {
        List<String> processed = new ArrayList<>();
        LocalDate today = today();
        for (Agreement agreement : store.all()) {
            change(agreement, () -> {
                for (Charge charge : agreement.charges()) {
                    if (charge.waitingOn(today)) {
                        runAttempt(agreement, charge);
                        processed.add(charge.id());
                    }
                }
                return null;
            });
        }
        return processed;
    }

    /** Sets the failure of the agreement's next processed charge; null clears it, also on charges it hit. */
    void setNextFailure(Agreement agreement, ChargeFailure failure) {
        change(agreement, () -> {
            agreement.setNextFailure(failure);
            if (failure == null) {
                agreement.charges().forEach(charge -> charge.setControlFailure(null));
            }
            return null;
        });
    }

    /** Reads an agreement consistently, after applying what time has decided. */
    <T> T read(Agreement agreement, java.util.function.Function<Agreement, T> reader) {
        return change(agreement, () -> reader.apply(agreement));
    }

    // --- helpers

    private void runAttempt(Agreement agreement, Charge charge) {
        // The control's failure hits the next processed charge and stays with it for its retries, so that a retried
        // charge succeeds on a later day only once the control is cleared.
        ChargeFailure failure = charge.controlFailure();
        if (failure == null) {
            failure = agreement.takeNextFailure();
            charge.setControlFailure(failure);
        }
        if (failure == null) {
            failure = ChargeFailure.forTestAmount(charge.amount()).orElse(null);
        }
        Pricing pricing = agreement.pricing();
        if (failure == null && pricing.variable() && pricing.maxAmount() != null
                && charge.amount() > pricing.maxAmount()) {
            failure = ChargeFailure.amountTooHigh(charge.amount(), pricing.maxAmount());
        }
        settle(agreement, charge, charge.attempt(today(), clock.now(), failure, transactionId()));
    }

    private void settle(Agreement agreement, Charge charge, Charge.Attempt attempt) {
        switch (attempt) {
            case RESERVED -> publish(agreement, charge, RecurringEvent.CHARGE_RESERVED);
            case CHARGED -> publish(agreement, charge, RecurringEvent.CHARGE_CAPTURED);
            case FAILED -> publish(agreement, charge, RecurringEvent.CHARGE_FAILED);
            default -> {
                // Retrying or nothing to do: the vendor says nothing until the charge is settled.
            }
        }
    }

    private void stop(Agreement agreement, AgreementStatus ending, RecurringEvent event, String key) {
        agreement.end(ending, clock.now());
        publish(agreement, event);
        cancelOpenCharges(agreement, key);
    }

    /** Stopping an agreement cancels its open charges, as the spec says the vendor does. */
    private void cancelOpenCharges(Agreement agreement, String key) {
        for (Charge charge : agreement.charges()) {
            if (cancellable(charge)) {
                charge.cancel(clock.now(), key);
                publish(agreement, charge, RecurringEvent.CHARGE_CANCELED);
            }
        }
    }

    private static boolean cancellable(Charge charge) {
        return switch (charge.status()) {
            case PENDING, DUE, RESERVED, PARTIALLY_CAPTURED -> true;
            default -> false;
        };
    }

    private <T> T change(Agreement agreement, Supplier<T> operation) {
        agreement.lock();
        try {
            refresh(agreement);
            return operation.get();
        } finally {
            agreement.unlock();
        }
    }

    private void refresh(Agreement agreement) {
        Instant now = clock.now();
        if (agreement.status() == AgreementStatus.PENDING && !now.isBefore(agreement.created().plus(ACCEPT_WITHIN))) {
            agreement.end(AgreementStatus.EXPIRED, now);
            publish(agreement, RecurringEvent.AGREEMENT_EXPIRED);
            cancelOpenCharges(agreement, null);
        }
        LocalDate today = today();
        agreement.charges().forEach(charge -> charge.refresh(today));
    }

    private void requirePending(Agreement agreement) {
        if (agreement.status() != AgreementStatus.PENDING) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "Agreement " + agreement.id() + " is " + agreement.status()
                    + ": only a PENDING agreement can be accepted or rejected");
        }
    }

    private TestUser user(Agreement agreement, String phoneNumber) {
        String phone = phoneNumber != null ? phoneNumber : agreement.draft().phoneNumber();
        if (phone == null) {
            return users.defaultUser();
        }
        return users.byPhone(phone).orElseGet(() -> {
            if (phoneNumber != null) {
                throw ApiProblem.invalid(null, "phoneNumber", "no test user has the phone number " + phoneNumber);
            }
            return users.defaultUser();
        });
    }

    private static Charge requireCharge(Agreement agreement, String chargeId) {
        Charge charge = agreement.charge(chargeId);
        if (charge == null) {
            throw noCharge(chargeId);
        }
        return charge;
    }

    private static ApiProblem noCharge(String chargeId) {
        return ApiProblem.of(HttpStatus.NOT_FOUND, "No charge " + chargeId);
    }

    private static ApiProblem wrongState(Charge charge, String verb, String rule) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, "Charge " + charge.id() + " is " + charge.status()
                + " and cannot be " + verb + ": " + rule).withField("charge.status", charge.status().name());
    }

    private void publish(Agreement agreement, RecurringEvent event) {
        publisher.publishEvent(new RecurringEventPublished(agreement.msn(), agreement.id(), event.webhookEvent(),
                RecurringViews.agreementWebhook(agreement, event, clock.now())));
    }

    private void publish(Agreement agreement, Charge charge, RecurringEvent event) {
        publisher.publishEvent(new RecurringEventPublished(agreement.msn(), agreement.id(), event.webhookEvent(),
                RecurringViews.chargeWebhook(agreement, charge, event, clock.now())));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZONE);
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Like the vendor's: ten digits or more. */
    private static String transactionId() {
        return String.valueOf(1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
    }
}
