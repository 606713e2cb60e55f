package dev.vippsmp.simulator.profile;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * How the buyer's profile is released for payments approved from now on: by default as the vendor does it,
 * {@code userDetails} with {@code profile.sub} shortly after authorization. Tests change it through the control API
 * to reach the paths a client rarely meets: only a {@code sub} (so the client must read Userinfo), or a {@code sub}
 * that comes late. A reset brings back the default.
 */
@Component
public class ProfileSharing implements Resettable {

    private final ProfileRelease configured;
    private final AtomicReference<ProfileRelease> current;

    ProfileSharing(SimulatorProperties properties) {
        this.configured = new ProfileRelease(true, properties.payments().profileDelay());
        this.current = new AtomicReference<>(configured);
    }

    public ProfileRelease current() {
        return current.get();
    }

    /** Changes what is given; null keeps the current value. */
    public ProfileRelease change(Boolean userDetails, Duration delay) {
        return current.updateAndGet(release -> release.with(userDetails, delay));
    }

    @Override
    public void reset() {
        current.set(configured);
    }
}
