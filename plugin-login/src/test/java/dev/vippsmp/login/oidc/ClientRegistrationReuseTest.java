package dev.vippsmp.login.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.login.settings.LoginSettingsService;
import dev.vippsmp.login.support.LoginIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * The login's client registration is built once and handed out again while the settings it came from are
 * unchanged, also after they were read again; a change of either settings builds a new one, or none.
 */
class ClientRegistrationReuseTest extends LoginIntegrationTest {

    @Autowired
    private VippsClientRegistrations registrations;
    @Autowired
    private SettingsService settings;
    @Autowired
    private LoginSettingsService loginSettings;

    @Test
    void theSameRegistrationWhileNothingChangedAndANewOneAfterAChange() {
        ClientRegistration first = registrations.findByRegistrationId("vipps");
        assertThat(first).isNotNull();
        assertThat(registrations.findByRegistrationId("vipps")).isSameAs(first);
        clock.advance(vipps.settings().refreshInterval().multipliedBy(3));
        assertThat(registrations.findByRegistrationId("vipps")).as("read again, unchanged").isSameAs(first);

        try {
            settings.update(SettingsChange.none().withTest(new SettingsChange.Keys(null, "rotated-client-id", null,
                    null)), "admin");

            ClientRegistration changed = registrations.findByRegistrationId("vipps");
            assertThat(changed).isNotSameAs(first);
            assertThat(changed.getClientId()).isEqualTo("rotated-client-id");
            assertThat(registrations.findByRegistrationId("vipps")).isSameAs(changed);
        } finally {
            settings.update(SettingsChange.none().withTest(new SettingsChange.Keys(null, "sim-client-id", null,
                    null)), "admin");
        }
    }

    @Test
    void noRegistrationOnceTheLoginIsSwitchedOff() {
        assertThat(registrations.available()).isTrue();

        loginSettings.update(false, List.of("name"), false, true, null, loginSettings.current().version(), "admin");

        assertThat(registrations.findByRegistrationId("vipps")).isNull();
        assertThat(registrations.available()).isFalse();
    }

    @Test
    void anotherRegistrationIdHasNone() {
        assertThat(registrations.findByRegistrationId("other")).isNull();
    }
}
