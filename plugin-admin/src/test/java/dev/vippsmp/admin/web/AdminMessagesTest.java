package dev.vippsmp.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/**
 * The admin's bundle and another module's join the host's message source after the host's own bundles, whatever
 * kind of message source the host has, and a host's text wins over theirs.
 */
class AdminMessagesTest {

    private static final String NAME = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME;
    /** Another module's bundle; that it has no files here does not matter to the joining. */
    private static final String OTHER = "some/module/messages";

    @Test
    void bundlesJoinAHostsResourceBundlesAfterItsOwnOnce() {
        ResourceBundleMessageSource host = new ResourceBundleMessageSource();
        host.setBasename("host/messages");

        for (int i = 0; i < 2; i++) {
            new AdminMessages(AdminMessages.BASENAME).postProcessAfterInitialization(host, NAME);
            new AdminMessages(OTHER).postProcessAfterInitialization(host, NAME);
        }

        assertThat(host.getBasenameSet()).containsExactly("host/messages", AdminMessages.BASENAME, OTHER);
    }

    @Test
    void onAHostsOtherMessageSourceTheyShareOneParentAndTheHostsTextWins() {
        StaticMessageSource host = new StaticMessageSource();
        host.addMessage("vipps.admin.brand", Locale.ENGLISH, "The host's name for it");

        new AdminMessages(AdminMessages.BASENAME).postProcessAfterInitialization(host, NAME);
        new AdminMessages(OTHER).postProcessAfterInitialization(host, NAME);

        assertThat(host.getParentMessageSource()).isInstanceOfSatisfying(ResourceBundleMessageSource.class,
                parent -> assertThat(parent.getBasenameSet()).containsExactly(AdminMessages.BASENAME, OTHER));
        assertThat(host.getMessage("vipps.admin.brand", null, Locale.ENGLISH)).isEqualTo("The host's name for it");
        assertThat(host.getMessage("vipps.admin.tab.payments", null, Locale.ENGLISH)).isEqualTo("Payments");
    }

    @Test
    void otherBeansAreLeftAlone() {
        ResourceBundleMessageSource notTheMessageSource = new ResourceBundleMessageSource();
        new AdminMessages(OTHER).postProcessAfterInitialization(notTheMessageSource, "somethingElse");
        assertThat(notTheMessageSource.getBasenameSet()).isEmpty();
    }
}
