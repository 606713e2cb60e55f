package dev.vippsmp.login.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.login.VippsLoginProperties;
import dev.vippsmp.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes keep the login's settings of one database, each with its own clock: a save applies at once on the node
 * that made it, and on the other once its clock has passed the refresh interval.
 */
class LoginSettingsOnTwoNodesTest {

    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final MutableClock clockA = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final MutableClock clockB = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private LoginSettingsService nodeA;
    private LoginSettingsService nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:login-nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new LoginSchema(dataSource).afterPropertiesSet();
        VippsLoginProperties properties = new VippsLoginProperties(false, List.of("openid", "name", "email"), false,
                true, "vipps", "vipps/login/admin/frame");
        nodeA = new LoginSettingsService(new JdbcTemplate(dataSource), properties, clockA, INTERVAL);
        nodeB = new LoginSettingsService(new JdbcTemplate(dataSource), properties, clockB, INTERVAL);
    }

    @Test
    void aSaveAppliesAtOnceOnItsNodeAndOnTheOtherOnceItsIntervalHasPassed() {
        LoginSettings seenOnB = nodeB.current();
        assertThat(seenOnB.enabled()).isFalse();
        assertThat(nodeA.current().version()).isZero();

        nodeA.update(true, List.of("name"), false, true, null, 0, "alice");

        assertThat(nodeA.current().enabled()).isTrue();
        assertThat(nodeA.current().version()).isEqualTo(1);
        assertThat(nodeB.current()).isSameAs(seenOnB);
        clockB.advance(INTERVAL.minusMillis(1));
        assertThat(nodeB.current()).isSameAs(seenOnB);
        clockB.advance(Duration.ofMillis(1));
        assertThat(nodeB.current().enabled()).isTrue();
        assertThat(nodeB.current().scopes()).containsExactly("name");
        assertThat(nodeB.current().version()).isEqualTo(1);
    }

    @Test
    void unchangedSettingsReadAgainAreTheSameInstance() {
        nodeA.update(true, List.of("email"), true, false, null, 0, "alice");
        LoginSettings seen = nodeB.current();

        clockB.advance(INTERVAL.multipliedBy(5));

        assertThat(nodeB.current()).isSameAs(seen);
    }

    @Test
    void aSaveOntoTheVersionANodeStillKeepsIsRefusedAndTheNodeThenShowsTheNewerSettings() {
        long seenOnB = nodeB.current().version();
        nodeA.update(true, List.of("name"), false, true, null, 0, "alice");

        assertThatThrownBy(() -> nodeB.update(false, List.of("email"), false, true, null, seenOnB, "bob"))
                .isInstanceOfSatisfying(LoginSettingsService.InvalidChange.class,
                        e -> assertThat(e.rule()).isEqualTo("version.stale"));

        assertThat(nodeB.current().version()).isEqualTo(1);
        assertThat(nodeB.current().enabled()).isTrue();
    }
}
