package dev.vippsmp.login.i18n;

import static dev.vippsmp.testsupport.MessageBundles.keysIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.testsupport.MessageBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The login's texts for shoppers exist in English, Norwegian, Danish and Finnish, its admin page's in English and
 * Norwegian, with the same keys and arguments, and every key a template names is there.
 */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(vipps\\.[A-Za-z0-9.\\-]+)[}(]");
    private static final List<String> LANGUAGES = List.of("", "_nb", "_da", "_fi");

    private final Properties english = load("");

    @Test
    void everyLanguageHasTheSameKeysFilledInWithTheSameArguments() {
        for (String language : LANGUAGES) {
            Properties translated = load(language);
            assertThat(translated.stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            MessageBundles.assertFilledInWithTheSameArguments(english, translated);
            for (String key : english.stringPropertyNames()) {
                assertThat(new MessageFormat(translated.getProperty(key)).format(new Object[] {"Vipps"}))
                        .as(key + language).doesNotContain("{0}");
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> used = keysIn(RESOURCES.resolve("templates/vipps/login"), TEMPLATE_KEY, ".html");
        used.removeIf(key -> key.startsWith("vipps.login.admin."));

        assertThat(used).contains("vipps.login.button");
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void theAdminPageIsInEnglishAndNorwegianWithEveryKeyItNames() throws IOException {
        Properties englishAdmin = loadAdmin("");
        Properties norwegianAdmin = loadAdmin("_nb");
        assertThat(norwegianAdmin.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(englishAdmin.stringPropertyNames());
        MessageBundles.assertFilledInWithTheSameArguments(englishAdmin, norwegianAdmin);
        Set<String> used = new java.util.TreeSet<>(keysIn(RESOURCES.resolve("templates/vipps/login/admin"),
                TEMPLATE_KEY, ".html"));
        for (String scope : dev.vippsmp.login.settings.LoginSettings.CLAIM_SCOPES) {
            used.add("vipps.login.admin.scope." + scope);
        }
        for (var environment : dev.vippsmp.core.settings.ApiEnvironment.values()) {
            used.add("vipps.login.admin.environment." + environment);
        }
        for (String rule : List.of("scopes.unknown", "version.stale", "environment.unknown")) {
            used.add("vipps.login.admin.problem." + rule);
        }
        assertThat(englishAdmin.stringPropertyNames()).containsAll(used);
    }

    private static Properties loadAdmin(String language) {
        return MessageBundles.load(RESOURCES.resolve("vipps/login/admin/messages" + language + ".properties"));
    }

    private static Properties load(String language) {
        return MessageBundles.load(RESOURCES.resolve("vipps/login/messages" + language + ".properties"));
    }
}
