package dev.vippsmp.simulator.recurring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An agreement and its charges. Every change and every read of it or its charges happens under its lock, and the
 * events it publishes leave while the lock is held, so webhooks follow the order things happened.
 */
final class Agreement {

    private final ReentrantLock lock = new ReentrantLock();
    private final String id;
    private final String uuid;
    private final String msn;
    private final String merchantName;
    private final String brand;
    private final String token;
    private final String baseUrl;
    private final Instant created;
    private final DraftAgreement draft;
    private final String initialChargeId;
    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private Pricing pricing;
    private Interval interval;
    private String productName;
    private String productDescription;
    private String merchantAgreementUrl;
    private String externalId;
    private AgreementStatus status = AgreementStatus.PENDING;
    private Instant start;
    private Instant stop;
    private String sub;
    private ChargeFailure nextFailure;

    Agreement(String id, String uuid, String msn, String merchantName, String brand, String token, String baseUrl,
            Instant created, DraftAgreement draft, String initialChargeId) {
        this.id = id;
        this.uuid = uuid;
        this.msn = msn;
        this.merchantName = merchantName;
        this.brand = brand;
        this.token = token;
        this.baseUrl = baseUrl;
        this.created = created;
        this.draft = draft;
        this.initialChargeId = initialChargeId;
        this.pricing = draft.pricing();
        this.interval = draft.interval();
        this.productName = draft.productName();
        this.productDescription = draft.productDescription();
        this.merchantAgreementUrl = draft.merchantAgreementUrl();
        this.externalId = draft.externalId();
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    void activate(Instant now, String userSub, Long maxAmount) {
        status = AgreementStatus.ACTIVE;
        start = now;
        sub = userSub;
        if (pricing.variable()) {
            pricing = pricing.withMaxAmount(maxAmount != null ? maxAmount : pricing.suggestedMaxAmount());
        }
    }

    void end(AgreementStatus ending, Instant now) {
        status = ending;
        stop = now;
    }

    void addCharge(Charge charge) {
        charges.put(charge.id(), charge);
    }

    List<Charge> charges() {
        return new ArrayList<>(charges.values());
    }

    Charge charge(String chargeId) {
        return charges.get(chargeId);
    }

    /** The failure the control API set for the next processed charge, taken once. */
    ChargeFailure takeNextFailure() {
        ChargeFailure taken = nextFailure;
        nextFailure = null;
        return taken;
    }

    void setNextFailure(ChargeFailure failure) {
        nextFailure = failure;
    }

    ChargeFailure nextFailure() {
        return nextFailure;
    }

    void setPricing(Pricing newPricing) {
        pricing = newPricing;
    }

    void setInterval(Interval newInterval) {
        interval = newInterval;
    }

    void setProductName(String value) {
        productName = value;
    }

    void setProductDescription(String value) {
        productDescription = value;
    }

    void setMerchantAgreementUrl(String value) {
        merchantAgreementUrl = value;
    }

    void setExternalId(String value) {
        externalId = value;
    }

    String id() {
        return id;
    }

    String uuid() {
        return uuid;
    }

    String msn() {
        return msn;
    }

    String merchantName() {
        return merchantName;
    }

    String brand() {
        return brand;
    }

    String token() {
        return token;
    }

    String baseUrl() {
        return baseUrl;
    }

    Instant created() {
        return created;
    }

    DraftAgreement draft() {
        return draft;
    }

    String initialChargeId() {
        return initialChargeId;
    }

    Pricing pricing() {
        return pricing;
    }

    Interval interval() {
        return interval;
    }

    String productName() {
        return productName;
    }

    String productDescription() {
        return productDescription;
    }

    String merchantAgreementUrl() {
        return merchantAgreementUrl;
    }

    String externalId() {
        return externalId;
    }

    AgreementStatus status() {
        return status;
    }

    Instant start() {
        return start;
    }

    Instant stop() {
        return stop;
    }

    String sub() {
        return sub;
    }
}
