package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.SystemHeaders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plugin's configuration under {@code vipps.*}. The merchant settings here are initial values: once an admin
 * saves a value on the settings page, the database holds it and wins. Operational values (timeouts, retries,
 * polling, retention, the encryption key) are configuration only.
 *
 * @param enabled whether the payment method is offered
 * @param market NO (Vipps, NOK), DK (MobilePay, DKK) or FI (MobilePay, EUR)
 * @param environment test or production; chooses the key set and the vendor's base URL
 * @param test the key set for the test environment
 * @param production the key set for the production environment
 * @param baseUrl points the client somewhere else than the environment's URL, e.g. the local simulator
 * @param orderReferencePrefix put before the order id in payment references (letters, digits and '-')
 * @param orderStatusAfterApproval the order status the shop should set once a payment is approved
 * @param capturePolicy when reserved money is captured
 * @param express express checkout options
 * @param shipping how Express gets delivery options
 * @param receipts whether order lines are sent with the payment
 * @param system the Vipps-System-* values; blank ones default to the host's and this plugin's name and version
 * @param encryptionKey base64 of a 16, 24 or 32 byte AES key that encrypts secrets at rest
 * @param http timeouts and retries of API calls
 * @param reconciler the background job that polls unfinished payments
 * @param webhooks webhook verification and processing
 * @param callLog the API call log behind the dashboard
 * @param settings how each node keeps the settings saved in the database
 */
@Validated
@ConfigurationProperties("vipps")
public record VippsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("NO") @NotNull Market market,
        @DefaultValue("TEST") @NotNull ApiEnvironment environment,
        @DefaultValue @Valid Keys test,
        @DefaultValue @Valid Keys production,
        URI baseUrl,
        @DefaultValue("order") @Pattern(regexp = SettingsRules.REFERENCE_PREFIX) String orderReferencePrefix,
        @DefaultValue("PROCESSING") @NotNull OrderStatusAfterApproval orderStatusAfterApproval,
        @DefaultValue("MANUAL") @NotNull CapturePolicy capturePolicy,
        @DefaultValue @Valid Express express,
        @DefaultValue("FIXED") @NotNull ShippingMode shipping,
        @DefaultValue("true") boolean receipts,
        @DefaultValue @Valid SystemInfo system,
        String encryptionKey,
        @DefaultValue @Valid Http http,
        @DefaultValue @Valid Reconciler reconciler,
        @DefaultValue @Valid Webhooks webhooks,
        @DefaultValue @Valid CallLog callLog,
        @DefaultValue @Valid Settings settings) {

    /**
     * One environment's keys, from the merchant portal.
     *
     * @param merchantSerialNumber the sales unit's MSN (4-6 digits)
     * @param clientId the client id
     * @param clientSecret the client secret
     * @param subscriptionKey the Ocp-Apim-Subscription-Key
     */
    public record Keys(@Pattern(regexp = SettingsRules.MERCHANT_SERIAL_NUMBER) String merchantSerialNumber,
            String clientId, String clientSecret, String subscriptionKey) {

        @Override
        public String toString() {
            return "Keys[merchantSerialNumber=" + merchantSerialNumber + ", secrets masked]";
        }
    }

    /**
     * Express checkout.
     *
     * @param cart whether the cart shows the express button
     * @param productPages which product pages show it
     * @param alwaysAskForAddress ask for the buyer's address even when nothing in the cart ships; such carts still
     *        get no delivery to choose or pay for
     */
    public record Express(@DefaultValue("false") boolean cart,
            @DefaultValue("NONE") @NotNull ProductPageButtons productPages,
            @DefaultValue("false") boolean alwaysAskForAddress) {
    }

    /**
     * The Vipps-System-* headers; at most 30 printable ASCII characters each. A configured value is checked by
     * {@link SettingsRules#header} when the plugin starts, as a value an admin saves is.
     *
     * @param name the shop system's name; defaults to {@code spring.application.name}
     * @param version the shop system's version; defaults to {@code info.app.version} or the build's version
     * @param pluginName this plugin's name; defaults to the name in its build
     * @param pluginVersion this plugin's version; defaults to the version in its build
     */
    public record SystemInfo(@Size(max = SystemHeaders.MAX_LENGTH) String name,
            @Size(max = SystemHeaders.MAX_LENGTH) String version,
            @Size(max = SystemHeaders.MAX_LENGTH) String pluginName,
            @Size(max = SystemHeaders.MAX_LENGTH) String pluginVersion) {
    }

    /**
     * API calls.
     *
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for a whole answer
     * @param maxRetries how many times a failed call is repeated at most
     * @param initialDelay the wait before the first repeat
     * @param multiplier how much longer each next wait is
     * @param maxDelay the longest wait between repeats
     * @param jitter the random spread added to or taken from each wait
     * @param maxRetryAfter the longest Retry-After that is waited for; a longer one ends the repeats
     * @param tokenExpiryMargin how long before its expiry an access token is replaced
     */
    public record Http(@DefaultValue("5s") @NotNull Duration connectTimeout,
            @DefaultValue("20s") @NotNull Duration readTimeout,
            @DefaultValue("3") @Min(0) @Max(10) int maxRetries,
            @DefaultValue("500ms") @NotNull Duration initialDelay,
            @DefaultValue("2.0") @Min(1) double multiplier,
            @DefaultValue("5s") @NotNull Duration maxDelay,
            @DefaultValue("200ms") @NotNull Duration jitter,
            @DefaultValue("10s") @NotNull Duration maxRetryAfter,
            @DefaultValue("5m") @NotNull Duration tokenExpiryMargin) {
    }

    /**
     * The reconciler, which polls payments that are not final. The times below feed
     * {@link dev.vippsmp.core.polling.PollSchedule}, which decides every next read.
     *
     * @param enabled whether this node runs it (it is safe on every node: one runs at a time)
     * @param interval how often it looks for due payments
     * @param firstPoll the wait after creation before the first poll
     * @param pollInterval the wait between the next polls, doubled each time up to the maximum
     * @param maxPollInterval the longest wait between two polls of one payment
     * @param giveUpAfter how long after creation a payment still not final is flagged for an admin
     * @param batchSize how many payments one run handles at most
     * @param autoCaptureGrace how long an authorized payment waits for the immediate capture before the
     *        reconciler takes it over
     * @param lockAtMostFor how long a node may hold the job's lock if it dies while running
     */
    public record Reconciler(@DefaultValue("true") boolean enabled,
            @DefaultValue("1s") @NotNull Duration interval,
            @DefaultValue("5s") @NotNull Duration firstPoll,
            @DefaultValue("2s") @NotNull Duration pollInterval,
            @DefaultValue("60s") @NotNull Duration maxPollInterval,
            @DefaultValue("2h") @NotNull Duration giveUpAfter,
            @DefaultValue("50") @Min(1) int batchSize,
            @DefaultValue("1m") @NotNull Duration autoCaptureGrace,
            @DefaultValue("5m") @NotNull Duration lockAtMostFor) {
    }

    /**
     * Webhooks. {@code maxAttempts} feeds {@link dev.vippsmp.core.polling.PollSchedule}, which decides the retries.
     *
     * @param maxClockSkew how far the x-ms-date header may be from this server's clock
     * @param processingInterval how often stored deliveries are processed
     * @param batchSize how many deliveries one run processes at most
     * @param maxAttempts how often processing a delivery is tried before it is left for an admin
     */
    public record Webhooks(@DefaultValue("5m") @NotNull Duration maxClockSkew,
            @DefaultValue("1s") @NotNull Duration processingInterval,
            @DefaultValue("50") @Min(1) int batchSize,
            @DefaultValue("10") @Min(1) int maxAttempts) {
    }

    /**
     * The API call log.
     *
     * @param retention how long entries are kept
     * @param flushInterval how often recorded calls are written
     */
    public record CallLog(@DefaultValue("7d") @NotNull Duration retention,
            @DefaultValue("1s") @NotNull Duration flushInterval) {
    }

    /**
     * The saved settings. A node keeps them in memory and trusts them for {@code refreshInterval}, then checks
     * their version in the database and reads them again when it moved. A save on this node applies here at once;
     * one on another node reaches this node within the interval.
     *
     * @param refreshInterval how long a node trusts the settings it read; zero checks on every use
     */
    public record Settings(@DefaultValue("1s") @NotNull @DurationMin(seconds = 0) Duration refreshInterval) {
    }

    /** Where calls go when no override is saved: {@code vipps.base-url}, else the environment's own URL. */
    public URI baseUrlFor(ApiEnvironment environment) {
        return baseUrl != null ? baseUrl : environment.baseUrl();
    }

    @Override
    public String toString() {
        return "VippsProperties[market=" + market + ", environment=" + environment + ", baseUrl=" + baseUrl
                + ", secrets masked]";
    }
}
