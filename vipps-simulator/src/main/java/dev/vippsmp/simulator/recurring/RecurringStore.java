package dev.vippsmp.simulator.recurring;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.http.ApiProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Every agreement, found by id, by its app page token, or by the id of one of its charges. */
@Component
class RecurringStore implements Resettable {

    private final Map<String, Agreement> agreements = new ConcurrentHashMap<>();
    private final Map<String, Agreement> byToken = new ConcurrentHashMap<>();
    /** Charge ids per MSN (an {@code orderId} must be unique for the merchant) to their agreement. */
    private final Map<String, Agreement> byCharge = new ConcurrentHashMap<>();

    void add(Agreement agreement) {
        agreements.put(agreement.id(), agreement);
        byToken.put(agreement.token(), agreement);
    }

    /** Reserves a charge id for the merchant; false when it is taken. */
    boolean claimCharge(String msn, String chargeId, Agreement agreement) {
        return byCharge.putIfAbsent(msn + "|" + chargeId, agreement) == null;
    }

    /** The caller's agreement, or 404: another merchant's agreement is as unknown as a missing one. */
    Agreement require(String msn, String agreementId) {
        Agreement agreement = agreements.get(agreementId);
        if (agreement == null || !agreement.msn().equals(msn)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "No agreement " + agreementId + " for MSN " + msn);
        }
        return agreement;
    }

    Optional<Agreement> byId(String agreementId) {
        return Optional.ofNullable(agreements.get(agreementId));
    }

    Optional<Agreement> byToken(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }

    Optional<Agreement> byChargeId(String msn, String chargeId) {
        return Optional.ofNullable(byCharge.get(msn + "|" + chargeId));
    }

    /** The agreement holding a charge of any merchant, for the control API. */
    Optional<Agreement> anyByChargeId(String chargeId) {
        return byCharge.entrySet().stream().filter(entry -> entry.getKey().endsWith("|" + chargeId))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Oldest first. */
    List<Agreement> all() {
        List<Agreement> all = new ArrayList<>(agreements.values());
        all.sort(Comparator.comparing(Agreement::created).thenComparing(Agreement::id));
        return all;
    }

    @Override
    public void reset() {
        agreements.clear();
        byToken.clear();
        byCharge.clear();
    }
}
