package dev.vippsmp.simulator.profile;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * What each user agreed to share with each sales unit, and when. Userinfo answers with the claims of the consents
 * given within the retention period (the vendor: 168 hours after the payment).
 */
@Component
public class Consents implements Resettable {

    private final List<Consent> consents = new CopyOnWriteArrayList<>();
    private final Duration retention;

    Consents(SimulatorProperties properties) {
        this.retention = properties.payments().userinfoRetention();
    }

    public void grant(String msn, String sub, List<String> scopes, Instant at) {
        consents.add(new Consent(msn, sub, List.copyOf(scopes), at));
    }

    /** The scopes a user has shared with a sales unit that are still readable at {@code now}; empty when none. */
    Set<String> activeScopes(String msn, String sub, Instant now) {
        Set<String> scopes = new LinkedHashSet<>();
        for (Consent consent : new ArrayList<>(consents)) {
            if (consent.msn().equals(msn) && consent.sub().equals(sub)
                    && now.isBefore(consent.at().plus(retention))) {
                scopes.addAll(consent.scopes());
            }
        }
        return scopes;
    }

    boolean everGranted(String msn, String sub) {
        return consents.stream().anyMatch(consent -> consent.msn().equals(msn) && consent.sub().equals(sub));
    }

    @Override
    public void reset() {
        consents.clear();
    }

    private record Consent(String msn, String sub, List<String> scopes, Instant at) {
    }
}
