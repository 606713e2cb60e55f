package dev.vippsmp.core.client.token;

import dev.vippsmp.core.client.ClientConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Caches one access token per key set for its life, less a margin, and fetches a new one with a single request
 * however many threads need it at once: the first thread fetches, the others wait for its result. A 401 from the
 * vendor drops the token it was given ({@link #invalidate}), so the next call fetches a fresh one.
 */
public final class AccessTokenProvider {

    private final Clock clock;
    private final Duration margin;
    private final TokenFetcher fetcher;
    private final Map<String, AccessToken> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<AccessToken>> inFlight = new ConcurrentHashMap<>();

    public AccessTokenProvider(Clock clock, Duration margin, TokenFetcher fetcher) {
        this.clock = clock;
        this.margin = margin;
        this.fetcher = fetcher;
    }

    /** A usable token for the configuration's key set, fetched only when none is cached or it is about to expire. */
    public AccessToken token(ClientConfiguration configuration) {
        String key = key(configuration);
        AccessToken cached = usable(key);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<AccessToken> mine = new CompletableFuture<>();
        CompletableFuture<AccessToken> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // Another thread may have finished a fetch between our cache check and taking the slot.
            AccessToken token = usable(key);
            if (token == null) {
                token = fetcher.fetch(configuration);
                cache.put(key, token);
            }
            mine.complete(token);
            return token;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Forgets the token if it is still the cached one, so the next call fetches a new one. */
    public void invalidate(ClientConfiguration configuration, AccessToken token) {
        cache.remove(key(configuration), token);
    }

    /** Forgets every cached token, e.g. after an admin changed keys. */
    public void clear() {
        cache.clear();
    }

    private AccessToken usable(String key) {
        AccessToken token = cache.get(key);
        return token != null && token.usableAt(clock.instant(), margin) ? token : null;
    }

    private static String key(ClientConfiguration configuration) {
        return configuration.credentials().fingerprint(configuration.base());
    }

    private static AccessToken await(CompletableFuture<AccessToken> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an access token", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }
}
