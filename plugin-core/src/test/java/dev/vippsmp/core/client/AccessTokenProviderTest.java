package dev.vippsmp.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.errors.AuthenticationException;
import dev.vippsmp.core.client.token.AccessToken;
import dev.vippsmp.core.client.token.AccessTokenProvider;
import dev.vippsmp.testsupport.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The token cache: one fetch for many concurrent callers, reuse for the token's life less the margin. */
class AccessTokenProviderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();

    private static ClientConfiguration keys(String secret) {
        return new ClientConfiguration(URI.create("https://apitest.example"),
                new ApiCredentials("123456", "id", secret, "sub"), new SystemHeaders("a", "b", "c", "d"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), RetrySettings.defaults());
    }

    @Test
    void aHundredConcurrentFirstCallersShareOneFetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AccessTokenProvider tokens = new AccessTokenProvider(clock, Duration.ofMinutes(5), configuration -> {
            fetches.incrementAndGet();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AccessToken("token-" + fetches.get(), clock.instant().plusSeconds(3600));
        });
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch ready = new CountDownLatch(100);
        List<Future<AccessToken>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            results.add(pool.submit(() -> {
                ready.countDown();
                return tokens.token(keys("secret"));
            }));
        }
        ready.await(5, TimeUnit.SECONDS);
        release.countDown();
        for (Future<AccessToken> result : results) {
            assertThat(result.get(5, TimeUnit.SECONDS).value()).isEqualTo("token-1");
        }
        pool.shutdown();
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aTokenIsReusedUntilItsExpiryLessTheMarginThenReplaced() {
        AccessTokenProvider tokens = new AccessTokenProvider(clock, Duration.ofMinutes(5), configuration ->
                new AccessToken("token-" + fetches.incrementAndGet(), clock.instant().plusSeconds(3600)));

        assertThat(tokens.token(keys("s")).value()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(54));
        assertThat(tokens.token(keys("s")).value()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(tokens.token(keys("s")).value()).isEqualTo("token-2");
    }

    @Test
    void eachKeySetHasItsOwnTokenAndInvalidationDropsOnlyThatOne() {
        AccessTokenProvider tokens = new AccessTokenProvider(clock, Duration.ofMinutes(5), configuration ->
                new AccessToken(configuration.credentials().clientSecret() + "-" + fetches.incrementAndGet(),
                        clock.instant().plusSeconds(3600)));

        AccessToken first = tokens.token(keys("a"));
        assertThat(tokens.token(keys("b")).value()).isEqualTo("b-2");
        tokens.invalidate(keys("a"), first);
        assertThat(tokens.token(keys("a")).value()).isEqualTo("a-3");
        assertThat(tokens.token(keys("b")).value()).isEqualTo("b-2");
    }

    @Test
    void aFailedFetchReachesEveryWaiterAndTheNextCallTriesAgain() {
        AccessTokenProvider tokens = new AccessTokenProvider(clock, Duration.ofMinutes(5), configuration -> {
            if (fetches.incrementAndGet() == 1) {
                throw new AuthenticationException(401, null, "Unauthorized", null, null);
            }
            return new AccessToken("token", clock.instant().plusSeconds(3600));
        });

        assertThatThrownBy(() -> tokens.token(keys("s"))).isInstanceOf(AuthenticationException.class);
        assertThat(tokens.token(keys("s")).value()).isEqualTo("token");
    }

    @Test
    void theTokenNeverAppearsInItsTextForm() {
        assertThat(new AccessToken("eyJ-secret", clock.instant()).toString()).doesNotContain("eyJ");
        assertThat(new ApiCredentials("123456", "client-id-long", "very-secret-value", "subscription-value")
                .toString()).doesNotContain("very-secret-value").doesNotContain("subscription-value");
    }
}
