package dev.vippsmp.simulator.control;

import dev.vippsmp.simulator.config.Resettable;
import dev.vippsmp.simulator.config.SalesUnits;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.epayment.PaymentService;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.journal.SecretMasking;
import dev.vippsmp.simulator.limits.RateLimiter;
import dev.vippsmp.simulator.profile.ProfileRelease;
import dev.vippsmp.simulator.profile.ProfileSharing;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator's own controls: reset, the clock, rate limits, how profiles are released, and who the merchants and
 * users are.
 */
@RestController
class ControlController {

    private final List<Resettable> state;
    private final SimulatorClock clock;
    private final PaymentService payments;
    private final RateLimiter rateLimiter;
    private final ProfileSharing profileSharing;
    private final SalesUnits salesUnits;
    private final TestUsers users;

    ControlController(List<Resettable> state, SimulatorClock clock, PaymentService payments, RateLimiter rateLimiter,
            ProfileSharing profileSharing, SalesUnits salesUnits, TestUsers users) {
        this.state = state;
        this.clock = clock;
        this.payments = payments;
        this.rateLimiter = rateLimiter;
        this.profileSharing = profileSharing;
        this.salesUnits = salesUnits;
        this.users = users;
    }

    /** Forgets payments, tokens, idempotency keys, rate-limit counts, webhooks, faults, consents and the journal. */
    @PostMapping("/simulator/reset")
    ResponseEntity<Void> reset() {
        state.forEach(Resettable::reset);
        clock.reset();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/simulator/clock")
    ClockView clock() {
        return new ClockView(clock.now(), clock.offset());
    }

    /**
     * Moves the simulator's clock forward, then applies what time decided (expiry). Tokens, payment expiry, rate
     * limit windows, capture deadlines and consents follow this clock; webhook retries do not.
     */
    @PostMapping("/simulator/clock/advance")
    ClockView advance(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Fields fields = Fields.parse(request, body, false);
        String text = fields.requiredText("duration", null);
        Duration duration;
        try {
            duration = DurationStyle.detectAndParse(text);
        } catch (RuntimeException e) {
            // Parse errors, and numbers too large for a Duration.
            throw ApiProblem.invalid(null, "duration", "must be a duration such as 11m, 2h or PT11M");
        }
        try {
            clock.advance(duration);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(null, "duration", e.getMessage());
        }
        payments.sweep();
        return clock();
    }

    @GetMapping("/simulator/rate-limits")
    RateLimitsView rateLimits() {
        return new RateLimitsView(rateLimiter.enabled());
    }

    @PutMapping("/simulator/rate-limits")
    RateLimitsView setRateLimits(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Boolean enabled = Fields.parse(request, body, false).bool("enabled");
        if (enabled == null) {
            throw ApiProblem.missing("enabled");
        }
        rateLimiter.setEnabled(enabled);
        return rateLimits();
    }

    @GetMapping("/simulator/profile-sharing")
    ProfileRelease profileSharing() {
        return profileSharing.current();
    }

    /**
     * How the profile of payments approved from now on is released: {@code userDetails} false gives only the
     * {@code sub} (the merchant must read Userinfo), {@code profileDelay} holds the {@code sub} back for that long
     * on the simulator's clock. Until the next reset.
     */
    @PutMapping("/simulator/profile-sharing")
    ProfileRelease setProfileSharing(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Fields fields = Fields.parse(request, body, false);
        Boolean userDetails = fields.bool("userDetails");
        Duration delay = fields.duration("profileDelay");
        if (userDetails == null && delay == null) {
            throw ApiProblem.missing("userDetails");
        }
        return profileSharing.change(userDetails, delay);
    }

    /** The sales units, with their secrets masked: the configuration has them in clear. */
    @GetMapping("/simulator/merchants")
    List<MerchantView> merchants() {
        return salesUnits.all().stream().map(unit -> new MerchantView(unit.msn(), unit.name(), unit.market().name(),
                unit.currency(), unit.brand(), unit.expressEnabled(), unit.clientId(),
                SecretMasking.mask(unit.clientSecret()), SecretMasking.mask(unit.subscriptionKey()))).toList();
    }

    @GetMapping("/simulator/users")
    List<UserView> users() {
        return users.all().stream().map(user -> new UserView(user, salesUnits.all().stream()
                .map(unit -> new SubView(unit.msn(), user.sub(unit.msn()))).toList())).toList();
    }

    record ClockView(Instant now, Duration offset) {
    }

    record RateLimitsView(boolean enabled) {
    }

    record MerchantView(String msn, String name, String market, String currency, String brand, boolean expressEnabled,
            String clientId, String clientSecret, String subscriptionKey) {
    }

    record SubView(String msn, String sub) {
    }

    record UserView(TestUser user, List<SubView> subs) {
    }
}
