package dev.vippsmp.core.client.internal;

import dev.vippsmp.core.client.ApiCallListener;
import dev.vippsmp.core.client.ApiCallRecord;
import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.ClientConfiguration;
import dev.vippsmp.core.client.ClientConfigurationProvider;
import dev.vippsmp.core.client.Sleeper;
import dev.vippsmp.core.client.errors.ApiConnectionException;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.client.errors.InvalidRequestException;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.token.AccessToken;
import dev.vippsmp.core.client.token.AccessTokenProvider;
import dev.vippsmp.core.client.token.TokenResponse;
import dev.vippsmp.core.client.transport.HttpTransport;
import dev.vippsmp.core.client.transport.TransportRequest;
import dev.vippsmp.core.client.transport.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Makes one API call the way every call must be made: the configuration read afresh, the bearer token from the
 * cache, the key and {@code Vipps-System-*} headers stamped, one token refresh on a 401, retries with back-off for
 * what is worth retrying, and every exchange reported to the listeners.
 */
public final class ApiCallExecutor {

    private static final Logger log = LoggerFactory.getLogger(ApiCallExecutor.class);

    static final String SUBSCRIPTION_KEY = "Ocp-Apim-Subscription-Key";
    static final String MSN = "Merchant-Serial-Number";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ClientConfigurationProvider configurations;
    private final HttpTransport transport;
    private final Clock clock;
    private final Sleeper sleeper;
    private final List<ApiCallListener> listeners;
    private final ErrorResponses errors;
    private final AccessTokenProvider tokens;

    public ApiCallExecutor(ClientConfigurationProvider configurations, HttpTransport transport, Clock clock,
            Sleeper sleeper, List<ApiCallListener> listeners, Duration tokenExpiryMargin) {
        this.configurations = configurations;
        this.transport = transport;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listeners = List.copyOf(listeners);
        this.errors = new ErrorResponses(clock);
        this.tokens = new AccessTokenProvider(clock, tokenExpiryMargin, this::fetchToken);
    }

    public AccessTokenProvider tokens() {
        return tokens;
    }

    /** The configuration the next call will use. */
    public ClientConfiguration configuration() {
        return configurations.current();
    }

    /**
     * Makes the call and reads the answer as {@code type} ({@code Void.class} for none).
     *
     * @throws VippsApiException of the failure's category once retries are exhausted or not allowed
     */
    public <T> T execute(ApiRequest request, Class<T> type) {
        ClientConfiguration configuration = configurations.current();
        byte[] body = request.body() == null ? null : Json.mapper().writeValueAsBytes(request.body());
        TransportResponse response = withRetries(request.operation(), configuration,
                attempt -> sendAuthorized(configuration, request, body, attempt));
        return read(response, type, request.operation());
    }

    private AccessToken fetchToken(ClientConfiguration configuration) {
        if (!configuration.credentials().isComplete()) {
            throw new InvalidRequestException(0, null, "Missing API keys",
                    "The merchant serial number, client id, client secret and subscription key must all be set",
                    null);
        }
        Instant requestedAt = clock.instant();
        TransportResponse response = withRetries(ApiOperation.FETCH_TOKEN, configuration, attempt -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("client_id", configuration.credentials().clientId());
            headers.put("client_secret", configuration.credentials().clientSecret());
            headers.put(SUBSCRIPTION_KEY, configuration.credentials().subscriptionKey());
            headers.put(MSN, configuration.credentials().merchantSerialNumber());
            headers.putAll(configuration.systemHeaders().asHeaders());
            TransportResponse answer = send(configuration, ApiOperation.FETCH_TOKEN,
                    ApiOperation.FETCH_TOKEN.pathTemplate(), List.of(), headers, new byte[0], attempt);
            if (!answer.isSuccess()) {
                throw errors.toException(answer);
            }
            return answer;
        });
        TokenResponse token = read(response, TokenResponse.class, ApiOperation.FETCH_TOKEN);
        if (token == null || token.accessToken() == null || token.accessToken().isBlank()) {
            throw new InvalidRequestException(response.status(), null, "No access token in the answer", null, null);
        }
        return new AccessToken(token.accessToken(), expiry(token, requestedAt));
    }

    private static Instant expiry(TokenResponse token, Instant requestedAt) {
        // Counted from when we asked, so a slow answer errs on the side of refreshing early.
        Long expiresIn = number(token.expiresIn());
        if (expiresIn != null) {
            return requestedAt.plusSeconds(expiresIn);
        }
        Long expiresOn = number(token.expiresOn());
        return expiresOn != null ? Instant.ofEpochSecond(expiresOn) : requestedAt.plus(Duration.ofMinutes(30));
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private TransportResponse sendAuthorized(ClientConfiguration configuration, ApiRequest request, byte[] body,
            int attempt) {
        AccessToken token = tokens.token(configuration);
        TransportResponse response = send(configuration, request, body, token, attempt);
        if (response.status() == 401) {
            // The token may have been revoked or expired early; one fresh token, one more try.
            tokens.invalidate(configuration, token);
            response = send(configuration, request, body, tokens.token(configuration), attempt);
        }
        if (!response.isSuccess()) {
            throw errors.toException(response);
        }
        return response;
    }

    private TransportResponse send(ClientConfiguration configuration, ApiRequest request, byte[] body,
            AccessToken token, int attempt) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token.value());
        headers.put(SUBSCRIPTION_KEY, configuration.credentials().subscriptionKey());
        headers.put(MSN, configuration.credentials().merchantSerialNumber());
        headers.putAll(configuration.systemHeaders().asHeaders());
        headers.put("Accept", "application/json");
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (request.idempotencyKey() != null) {
            headers.put(IDEMPOTENCY_KEY, request.idempotencyKey());
        }
        return send(configuration, request.operation(), request.path(), request.pathVariables(), headers, body,
                attempt);
    }

    private TransportResponse send(ClientConfiguration configuration, ApiOperation operation, String path,
            List<String> pathVariables, Map<String, String> headers, byte[] body, int attempt) {
        TransportRequest request = new TransportRequest(operation.method(), URI.create(configuration.base() + path),
                headers, body, configuration.connectTimeout(), configuration.readTimeout());
        Instant at = clock.instant();
        long started = System.nanoTime();
        try {
            TransportResponse response = transport.send(request);
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            if (response.isSuccess()) {
                report(new ApiCallRecord(operation, response.status(), null, null, latency, null, at, attempt));
            } else {
                VippsApiException failure = errors.toException(response);
                String title = new RequestEchoes(headers, pathVariables).cut(errors.vendorTitle(response));
                report(new ApiCallRecord(operation, response.status(), failure.errorCode(), title,
                        failure.category(), latency, failure.traceId(), at, attempt));
            }
            return response;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            boolean timeout = e instanceof HttpTimeoutException;
            report(new ApiCallRecord(operation, 0, null, ErrorCategory.UNAVAILABLE,
                    Duration.ofNanos(System.nanoTime() - started), null, at, attempt));
            throw new ApiConnectionException(operation.method() + " " + operation.pathTemplate() + ": "
                    + e.getClass().getSimpleName(), timeout, e);
        }
    }

    private void report(ApiCallRecord call) {
        if (call.isError()) {
            log.warn("Vipps MobilePay {} {} answered {} (error code {}, traceId {}, attempt {})",
                    call.operation().method(), call.operation().pathTemplate(), call.status(), call.errorCode(),
                    call.traceId(), call.attempt());
        }
        for (ApiCallListener listener : listeners) {
            try {
                listener.onCall(call);
            } catch (RuntimeException e) {
                log.warn("An API call listener failed; the call itself is unaffected", e);
            }
        }
    }

    @FunctionalInterface
    private interface Attempt {
        TransportResponse run(int attempt);
    }

    private TransportResponse withRetries(ApiOperation operation, ClientConfiguration configuration,
            Attempt attempt) {
        AtomicReference<Throwable> lastFailure = new AtomicReference<>();
        AtomicInteger attempts = new AtomicInteger();
        RetryPolicy policy = RetryPolicy.builder()
                .predicate(failure -> operation.retrySafe() && failure instanceof VippsApiException api
                        && api.isRetryable())
                .backOff(new VendorBackOff(configuration.retry(), sleeper, lastFailure))
                .build();
        Supplier<TransportResponse> once = () -> {
            try {
                return attempt.run(attempts.incrementAndGet());
            } catch (RuntimeException e) {
                lastFailure.set(e);
                throw e;
            }
        };
        try {
            return new RetryTemplate(policy).execute(once::get);
        } catch (RetryException e) {
            Throwable cause = e.getLastException() != null ? e.getLastException() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("API call failed", cause);
        }
    }

    private static <T> T read(TransportResponse response, Class<T> type, ApiOperation operation) {
        if (type == Void.class || response.body().length == 0) {
            return null;
        }
        try {
            return Json.mapper().readValue(response.body(), type);
        } catch (RuntimeException e) {
            // Never echo the body: a token answer holds a secret.
            throw new InvalidRequestException(response.status(), null, "Unreadable answer",
                    operation.method() + " " + operation.pathTemplate() + " answered with a body that is not "
                            + type.getSimpleName(), null);
        }
    }
}
