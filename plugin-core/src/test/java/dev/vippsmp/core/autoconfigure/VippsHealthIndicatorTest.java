package dev.vippsmp.core.autoconfigure;

import static dev.vippsmp.testsupport.SimulatorDefaults.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.support.PluginIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The health indicator: up with working keys, down with the error category (no secret) with wrong ones. */
class VippsHealthIndicatorTest extends PluginIntegrationTest {

    @Autowired
    private VippsHealthIndicator vippsHealthIndicator;

    private static SettingsChange secret(String value) {
        return SettingsChange.none().withTest(new SettingsChange.Keys(null, null, value, null));
    }

    @Test
    void upWhenATokenCanBeHadAndDownWithTheCategoryWhenNot() {
        Health up = vippsHealthIndicator.health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("environment", "TEST");

        settings.update(secret("not-the-secret"), "test");
        try {
            Health down = vippsHealthIndicator.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("category", "AUTHENTICATION");
            assertThat(down.getDetails().toString()).doesNotContain("not-the-secret");
        } finally {
            settings.update(secret(CLIENT_SECRET), "test");
        }
    }
}
