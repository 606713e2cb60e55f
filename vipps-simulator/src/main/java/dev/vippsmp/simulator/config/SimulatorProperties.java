package dev.vippsmp.simulator.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The simulator's settings, under {@code simulator.*}.
 *
 * @param publicBaseUrl the scheme, host and port browsers use to reach the simulator, for the {@code redirectUrl} of
 *         new payments; unset means "as the creating request addressed the simulator"
 * @param allowHttpUrls accept plain {@code http://} return, callback and webhook URLs on any host; without it only
 *         loopback hosts may use http (the vendor accepts https only)
 * @param tokenLifetime how long an access token is valid (the vendor's test environment: 1 hour)
 * @param salesUnits the merchants; empty means the documented defaults
 * @param users the app users; empty means the documented defaults
 * @param login the Login API (OpenID Connect provider)
 * @param defaultUserPhone who approves when nobody is named: force approve without a customer, the landing page's
 *         pre-filled number
 */
@ConfigurationProperties("simulator")
@Validated
public record SimulatorProperties(
        URI publicBaseUrl,
        @DefaultValue("false") boolean allowHttpUrls,
        @NotNull @DefaultValue("1h") Duration tokenLifetime,
        @NotNull @Valid @DefaultValue Payments payments,
        @NotNull @Valid @DefaultValue RateLimits rateLimits,
        @NotNull @Valid @DefaultValue Webhooks webhooks,
        @NotNull @Valid @DefaultValue Express express,
        @NotNull @Valid @DefaultValue Journal journal,
        @NotNull @Valid @DefaultValue Login login,
        List<@Valid SalesUnit> salesUnits,
        List<@Valid TestUser> users,
        @NotNull @Pattern(regexp = "^\\d{10,15}$") @DefaultValue("4791234567") String defaultUserPhone) {

    /**
     * @param expiry how long a payment waits for the customer before it expires (the vendor: 10 minutes)
     * @param unknownResultDuration how long a payment of the test amount 201 stays undecided after approval
     * @param profileDelay how long after authorization {@code profile.sub} and {@code userDetails} appear; the vendor
     *         adds them asynchronously
     * @param userinfoRetention how long a consent lets the merchant read Userinfo (the vendor: 168 hours)
     * @param sweepInterval how often payments are checked for expiry
     */
    public record Payments(
            @NotNull @DefaultValue("10m") Duration expiry,
            @NotNull @DefaultValue("1h") Duration unknownResultDuration,
            @NotNull @DefaultValue("250ms") Duration profileDelay,
            @NotNull @DefaultValue("168h") Duration userinfoRetention,
            @NotNull @DefaultValue("1s") Duration sweepInterval) {
    }

    /**
     * @param enabled off for load tests
     * @param modificationsPerMinute create, capture, refund and cancel, per operation, MSN and reference
     * @param readsPerMinute get payment and get events, per operation, subscription key and reference
     */
    public record RateLimits(
            @DefaultValue("true") boolean enabled,
            @Positive @DefaultValue("5") int modificationsPerMinute,
            @Positive @DefaultValue("120") int readsPerMinute) {
    }

    /**
     * @param timeout how long a receiver has to answer before the attempt counts as failed (the vendor: 10 s)
     * @param retryTimeScale multiplies every wait of the retry schedule; 0.001 turns an hour into 3.6 s
     * @param retryFor how long a failing delivery is retried before it is given up (the vendor: 7 days, scaled)
     * @param deleteAfterFailing a registration whose deliveries fail this long is deleted (the vendor: 14 days, scaled)
     * @param maxPerEvent how many registrations may subscribe to one event, per sales unit
     */
    public record Webhooks(
            @NotNull @DefaultValue("10s") Duration timeout,
            @Positive @Max(1) @DefaultValue("1.0") double retryTimeScale,
            @NotNull @DefaultValue("7d") Duration retryFor,
            @NotNull @DefaultValue("14d") Duration deleteAfterFailing,
            @Positive @DefaultValue("25") int maxPerEvent) {
    }

    /** @param callbackTimeout how long the merchant's dynamic shipping callback may take */
    public record Express(@NotNull @DefaultValue("8s") Duration callbackTimeout) {
    }

    /**
     * @param capacity how many requests the journal and the outbound log keep; older ones are dropped
     * @param maxBodyChars longer bodies are cut in the journal
     */
    public record Journal(
            @Positive @DefaultValue("2000") int capacity,
            @Positive @DefaultValue("65536") int maxBodyChars) {
    }

    /**
     * The Login API. Clients are the sales units: Login uses the same {@code client_id} and {@code client_secret}.
     *
     * @param redirectUris the redirect URIs registered for every sales unit, compared exactly, as the vendor does;
     *         on a loopback host ({@code 127.0.0.1}, {@code [::1]}, {@code localhost}) any port matches, as RFC 8252
     *         §7.3 asks of a provider, so a shop on a random test port needs no registration of its own
     * @param codeLifetime how long an authorization code may be exchanged
     * @param accessTokenLifetime how long a Login access token reads userinfo (the vendor: 1 hour)
     * @param idTokenLifetime the {@code exp} of an id_token, after its {@code iat}
     */
    public record Login(
            @NotNull @DefaultValue({"http://127.0.0.1/login/oauth2/code/vipps",
                    "http://localhost/login/oauth2/code/vipps",
                    "https://shop.example.com/login/oauth2/code/vipps"}) List<String> redirectUris,
            @NotNull @DefaultValue("5m") Duration codeLifetime,
            @NotNull @DefaultValue("1h") Duration accessTokenLifetime,
            @NotNull @DefaultValue("1h") Duration idTokenLifetime) {
    }
}
