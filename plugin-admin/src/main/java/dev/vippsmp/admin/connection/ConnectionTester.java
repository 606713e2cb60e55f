package dev.vippsmp.admin.connection;

import dev.vippsmp.admin.connection.ConnectionReport.Outcome;
import dev.vippsmp.core.client.ApiCallListener;
import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.RetrySettings;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.errors.ApiConnectionException;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.transport.HttpTransport;
import dev.vippsmp.core.settings.BaseUrlPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tries keys that may not be saved yet: fetches an access token with them, then lists the sales unit's webhooks,
 * which needs the merchant serial number to match the keys. Uses a client of its own (its own token cache, no
 * retries, so the admin waits at most one timeout) on the shop's transport; its calls are logged for the
 * dashboard like any other.
 */
public class ConnectionTester {

    private static final Pattern MSN = Pattern.compile("[0-9]{4,6}");

    private final HttpTransport transport;
    private final Clock clock;
    private final List<ApiCallListener> listeners;

    public ConnectionTester(HttpTransport transport, Clock clock, List<ApiCallListener> listeners) {
        this.transport = transport;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Tests the configuration's base URL and keys; never throws for what the vendor answers. Plain http to another
     * machine is refused before anything is sent, whoever asks: the keys would cross the network in the clear.
     */
    public ConnectionReport test(ClientConfiguration configuration) {
        String baseUrl = configuration.base();
        ApiCredentials keys = configuration.credentials();
        String msn = keys.merchantSerialNumber();
        if (BaseUrlPolicy.isPlainHttpElsewhere(configuration.baseUrl())) {
            return ConnectionReport.plainHttp(baseUrl);
        }
        List<String> missing = missing(keys);
        if (!missing.isEmpty()) {
            return ConnectionReport.missing(baseUrl, msn, missing);
        }
        if (!MSN.matcher(msn.strip()).matches()) {
            return new ConnectionReport(Outcome.INVALID_MSN, baseUrl, msn, List.of(), 0, 0, null, null, null, null);
        }
        ClientConfiguration once = new ClientConfiguration(configuration.baseUrl(), keys,
                configuration.systemHeaders(), configuration.connectTimeout(), configuration.readTimeout(),
                new RetrySettings(0, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
        VippsClient client = VippsClient.builder(() -> once).transport(transport).clock(clock).listeners(listeners)
                .build();
        try {
            client.verifyAccessToken();
        } catch (VippsApiException refused) {
            return failure(baseUrl, msn, refused, TokenRefusal.classify(refused));
        }
        try {
            return ConnectionReport.connected(baseUrl, msn, client.webhooks().list().size());
        } catch (VippsApiException refused) {
            // The token was issued for these keys, so a refusal now is about the sales unit the MSN names.
            boolean msnRefused = refused.category() == ErrorCategory.AUTHENTICATION && refused.status() == 403;
            return failure(baseUrl, msn, refused, msnRefused ? Outcome.WRONG_MSN : Outcome.REFUSED);
        }
    }

    private static ConnectionReport failure(String baseUrl, String msn, VippsApiException refused,
            Outcome classified) {
        Outcome outcome = refused instanceof ApiConnectionException connection
                ? connection.isTimeout() ? Outcome.TIMEOUT : Outcome.UNREACHABLE
                : refused.category() == ErrorCategory.UNAVAILABLE && refused.status() == 0 ? Outcome.UNREACHABLE
                : classified;
        return new ConnectionReport(outcome, baseUrl, msn, List.of(), 0, refused.status(), refused.errorCode(),
                refused.title(), refused.detail(), refused.traceId());
    }

    private static List<String> missing(ApiCredentials keys) {
        List<String> missing = new ArrayList<>();
        if (blank(keys.merchantSerialNumber())) {
            missing.add("merchantSerialNumber");
        }
        if (blank(keys.clientId())) {
            missing.add("clientId");
        }
        if (blank(keys.clientSecret())) {
            missing.add("clientSecret");
        }
        if (blank(keys.subscriptionKey())) {
            missing.add("subscriptionKey");
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
