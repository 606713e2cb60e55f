package dev.vippsmp.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.core.settings.SettingsService.ConcurrentSettingsChangeException;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.testsupport.MutableClock;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes keep the settings of one PostgreSQL database, each with its own clock: a save applies at once on the
 * node that made it, and on the other only once its clock has passed the refresh interval, when it checks the
 * version again.
 */
class SettingsOnTwoNodesTest extends PostgresIntegrationTest {

    @Autowired
    private VippsProperties properties;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private SecretCipher cipher;

    private Duration interval;
    private String prefixBefore;
    private MutableClock clockA;
    private MutableClock clockB;
    private SettingsService nodeA;
    private SettingsService nodeB;

    @BeforeEach
    void twoNodes() {
        interval = properties.settings().refreshInterval();
        prefixBefore = settings.current().referencePrefix();
        clockA = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        clockB = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        nodeA = node(clockA);
        nodeB = node(clockB);
    }

    @AfterEach
    void restore() {
        // Through this context's own service, which then reads the settings again.
        settings.update(SettingsChange.none().withReferencePrefix(prefixBefore), "two-node-test");
    }

    private SettingsService node(MutableClock clock) {
        return new SettingsService(properties, new SystemHeaders("shop", "1.0.0", "plugin", "1.0.0"),
                SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new TransactionTemplate(transactionManager), cipher, clock);
    }

    @Test
    void theRefreshIntervalIsOneSecondByDefault() {
        assertThat(interval).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSaveAppliesAtOnceOnItsNodeAndOnTheOtherOnceItsIntervalHasPassed() {
        PluginSettings seenOnB = nodeB.current();
        assertThat(nodeA.current().referencePrefix()).isEqualTo(seenOnB.referencePrefix());

        nodeA.update(SettingsChange.none().withReferencePrefix("saved-on-a"), "alice");

        assertThat(nodeA.current().referencePrefix()).isEqualTo("saved-on-a");
        assertThat(nodeB.current()).isSameAs(seenOnB);
        clockB.advance(interval.minusMillis(1));
        assertThat(nodeB.current()).isSameAs(seenOnB);
        clockB.advance(Duration.ofMillis(1));
        PluginSettings afterInterval = nodeB.current();
        assertThat(afterInterval.referencePrefix()).isEqualTo("saved-on-a");
        assertThat(afterInterval.version()).isEqualTo(seenOnB.version() + 1);
    }

    @Test
    void afterTheIntervalUnchangedSettingsAreKeptAsTheyAreWhenTheirVersionHasNotMoved() {
        PluginSettings seen = nodeB.current();

        clockB.advance(interval.multipliedBy(3));

        assertThat(nodeB.current()).as("the version was the same, the row not read again").isSameAs(seen);
    }

    @Test
    void aSaveOntoTheVersionANodeStillKeepsIsRefusedAndTheNodeThenShowsTheNewerSettings() {
        long seenOnB = nodeB.current().version();
        nodeA.update(SettingsChange.none().withReferencePrefix("first-on-a"), "alice", nodeA.current().version());

        assertThatThrownBy(() -> nodeB.update(SettingsChange.none().withReferencePrefix("late-on-b"), "bob",
                seenOnB)).isInstanceOf(ConcurrentSettingsChangeException.class);

        assertThat(nodeB.current().referencePrefix()).isEqualTo("first-on-a");
        assertThat(nodeB.current().version()).isEqualTo(seenOnB + 1);
    }

    @Test
    void aClockSetBackEndsTheTrustRatherThanExtendingIt() {
        PluginSettings seenOnB = nodeB.current();
        nodeA.update(SettingsChange.none().withReferencePrefix("saved-before-jump"), "alice");

        clockB.set(clockB.instant().minusSeconds(3600));

        assertThat(nodeB.current().referencePrefix()).isEqualTo("saved-before-jump");
        assertThat(seenOnB.referencePrefix()).isNotEqualTo("saved-before-jump");
    }
}
