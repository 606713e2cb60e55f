package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.Resettable;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** The fault, if any, that the next token response's id_token carries; used once. */
@Component
class IdTokenFaults implements Resettable {

    private final AtomicReference<IdTokenFault> next = new AtomicReference<>();

    void arm(IdTokenFault fault) {
        next.set(fault);
    }

    Optional<IdTokenFault> take() {
        return Optional.ofNullable(next.getAndSet(null));
    }

    @Override
    public void reset() {
        next.set(null);
    }
}
