package dev.vippsmp.simulator.landing;

import dev.vippsmp.simulator.config.Resettable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The landing-page progress of each payment, by the token of its redirect URL. */
@Component
class LandingSessions implements Resettable {

    private final Map<String, LandingSession> sessions = new ConcurrentHashMap<>();

    LandingSession of(String token) {
        return sessions.computeIfAbsent(token, key -> new LandingSession());
    }

    @Override
    public void reset() {
        sessions.clear();
    }
}
