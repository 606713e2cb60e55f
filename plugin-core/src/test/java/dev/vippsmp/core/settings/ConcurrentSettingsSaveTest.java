package dev.vippsmp.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.settings.SettingsService.ConcurrentSettingsChangeException;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two admins (on one node or two) save the settings page they both opened at the same version, at the same moment,
 * on real PostgreSQL: exactly one save lands, the other is refused and writes nothing, not even an audit line.
 */
class ConcurrentSettingsSaveTest extends PostgresIntegrationTest {

    private static final int ROUNDS = 20;
    private static ExecutorService pool;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void ofTwoSavesOntoTheSameVersionExactlyOneLandsAndTheOtherWritesNothing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long seen = settings.current().version();
            long auditBefore = auditLines();
            String first = "alice-" + round;
            String second = "bob-" + round;

            List<Object> outcomes = race(
                    () -> settings.update(prefix(first), "alice", seen),
                    () -> settings.update(prefix(second), "bob", seen));

            assertThat(outcomes).as("round %d", round).filteredOn(PluginSettings.class::isInstance).hasSize(1);
            assertThat(outcomes).as("round %d", round)
                    .filteredOn(ConcurrentSettingsChangeException.class::isInstance).hasSize(1);
            PluginSettings now = settings.current();
            assertThat(now.version()).isEqualTo(seen + 1);
            assertThat(now.referencePrefix()).isIn(first, second);
            String winner = now.referencePrefix().startsWith("alice") ? "alice" : "bob";
            assertThat(auditLines()).isEqualTo(auditBefore + 1);
            assertThat(jdbc.queryForList("select actor from vipps_settings_audit where new_value in (?, ?)",
                    String.class, first, second)).containsExactly(winner);
        }
    }

    @Test
    void aSaveOntoAnOlderVersionIsRefusedEvenWhenNothingRacesIt() {
        long seen = settings.current().version();
        settings.update(prefix("first-" + seen), "alice", seen);

        assertThatThrownBy(() -> settings.update(prefix("late-" + seen), "bob", seen))
                .isInstanceOf(ConcurrentSettingsChangeException.class);
        assertThat(settings.current().referencePrefix()).isEqualTo("first-" + seen);
    }

    private static SettingsChange prefix(String value) {
        return SettingsChange.none().withReferencePrefix(value);
    }

    private long auditLines() {
        return jdbc.queryForObject("select count(*) from vipps_settings_audit", Long.class);
    }

    private static List<Object> race(Callable<Object> one, Callable<Object> other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> contender : List.of(one, other)) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return contender.call();
                } catch (ConcurrentSettingsChangeException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
