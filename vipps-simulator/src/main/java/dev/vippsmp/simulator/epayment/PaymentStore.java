package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** All payments, by MSN and reference (references are unique per sales unit) and by landing-page token. */
@Component
public class PaymentStore implements Resettable {

    private final Map<String, Payment> byReference = new ConcurrentHashMap<>();
    private final Map<String, Payment> byToken = new ConcurrentHashMap<>();

    /** Stores a new payment; false when the MSN already has a payment with this reference. */
    boolean add(Payment payment) {
        if (byReference.putIfAbsent(key(payment.msn(), payment.reference()), payment) != null) {
            return false;
        }
        byToken.put(payment.redirectToken(), payment);
        return true;
    }

    public Optional<Payment> find(String msn, String reference) {
        return Optional.ofNullable(byReference.get(key(msn, reference)));
    }

    /** As the API answers for an unknown reference: 404 with 5090. */
    public Payment require(String msn, String reference) {
        return find(msn, reference).orElseThrow(() -> ApiProblem.of(ErrorCode.REFERENCE_NOT_FOUND,
                "No payment with reference " + reference + " for MSN " + msn));
    }

    public Optional<Payment> byToken(String token) {
        return Optional.ofNullable(token == null ? null : byToken.get(token));
    }

    /**
     * A payment by reference alone, for the simulator's control API; the MSN is needed only when two sales units
     * use the same reference.
     */
    public Payment locate(String reference, String msnOrNull) {
        if (msnOrNull != null && !msnOrNull.isBlank()) {
            return require(msnOrNull, reference);
        }
        List<Payment> matches = byReference.values().stream()
                .filter(payment -> payment.reference().equals(reference)).toList();
        if (matches.isEmpty()) {
            throw ApiProblem.of(ErrorCode.REFERENCE_NOT_FOUND, "No payment with reference " + reference);
        }
        if (matches.size() > 1) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "Several sales units have a payment with reference "
                    + reference + "; add ?msn=");
        }
        return matches.get(0);
    }

    /** Newest first. */
    public List<Payment> all() {
        return byReference.values().stream().sorted(Comparator.comparing(Payment::createdAt).reversed()).toList();
    }

    Collection<Payment> values() {
        return byReference.values();
    }

    @Override
    public void reset() {
        byReference.clear();
        byToken.clear();
    }

    private static String key(String msn, String reference) {
        return msn + "/" + reference;
    }
}
