package dev.vippsmp.recurring.admin;

import static dev.vippsmp.testsupport.MessageBundles.assertFilledInWithTheSameArguments;
import static dev.vippsmp.testsupport.MessageBundles.keysIn;
import static dev.vippsmp.testsupport.MessageBundles.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionEvent;
import dev.vippsmp.recurring.SubscriptionOperationException;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.IntervalUnit;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The subscription pages' English texts and their Norwegian, Danish and Finnish translations stay in step, and every
 * text the pages ask for exists, in this bundle or the admin's: a missing one would show its key to the admin.
 */
class SubscriptionAdminMessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/dev/vippsmp/recurring/admin");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/vipps/recurring/admin");
    private static final Pattern OWN_KEY = Pattern.compile("#\\{(vipps\\.recurring\\.admin\\.[A-Za-z0-9.\\-_]+)[}(]");
    private static final Pattern ADMIN_KEY = Pattern.compile("#\\{(vipps\\.admin\\.[A-Za-z0-9.\\-_]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("\"(vipps\\.recurring\\.admin\\.[a-z0-9.\\-]+[a-z0-9])\"");
    private static final List<String> TRANSLATIONS = List.of("nb", "da", "fi");

    private final Properties english = load(BUNDLE.resolve("messages.properties"));

    @Test
    void everyTranslationHasTheEnglishKeysInTheEnglishOrderFilledInWithTheSameArguments() throws IOException {
        List<String> order = keysInFileOrder("messages.properties");
        for (String language : TRANSLATIONS) {
            Properties translated = load(BUNDLE.resolve("messages_" + language + ".properties"));
            assertThat(keysInFileOrder("messages_" + language + ".properties")).as(language)
                    .containsExactlyElementsOf(order);
            assertFilledInWithTheSameArguments(english, translated);
        }
    }

    @Test
    void everyTextThePagesAndTheControllerNameExists() throws IOException {
        Set<String> used = new TreeSet<>(keysIn(TEMPLATES, OWN_KEY, ".html"));
        used.addAll(keysIn(Path.of("src/main/java/dev/vippsmp/recurring/admin"), CODE_KEY, ".java"));
        for (SubscriptionStatus status : SubscriptionStatus.values()) {
            used.add("vipps.recurring.admin.status." + status);
        }
        for (ChargeState state : ChargeState.values()) {
            used.add("vipps.recurring.admin.charge-state." + state);
        }
        for (ChargeFailureReason reason : ChargeFailureReason.values()) {
            used.add("vipps.recurring.admin.failure." + reason);
        }
        // Every event and source the log can hold (its writers take only these), so no line shows a bare key.
        for (SubscriptionEvent.Type event : SubscriptionEvent.Type.values()) {
            used.add("vipps.recurring.admin.event-type." + event);
        }
        for (SubscriptionEvent.Source source : SubscriptionEvent.Source.values()) {
            used.add("vipps.recurring.admin.event-source." + source);
        }
        for (IntervalUnit unit : IntervalUnit.values()) {
            used.add("vipps.recurring.admin.every." + unit);
        }
        for (SubscriptionOperationException.Reason reason : SubscriptionOperationException.Reason.values()) {
            used.add("vipps.recurring.admin.refused." + new SubscriptionOperationException(reason, "").code());
        }
        used.add("vipps.recurring.admin.done.stop");

        assertThat(used).contains("vipps.recurring.admin.failure.USER_ACTION_REQUIRED", "vipps.recurring.admin.tab",
                "vipps.recurring.admin.event-type.CHARGE_CLAIMED", "vipps.recurring.admin.event-source.JOB");
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void theAdminsTextsThePagesBorrowExistInTheAdminsBundle() throws IOException {
        Set<String> borrowed = keysIn(TEMPLATES, ADMIN_KEY, ".html");
        Properties admin = new Properties();
        try (Reader reader = new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("dev/vippsmp/admin/messages.properties"), StandardCharsets.UTF_8)) {
            admin.load(reader);
        }
        assertThat(borrowed).contains("vipps.admin.brand");
        assertThat(admin.stringPropertyNames()).containsAll(borrowed);
    }

    private static List<String> keysInFileOrder(String file) throws IOException {
        return Files.readAllLines(BUNDLE.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .toList();
    }
}
