package dev.vippsmp.checkout.i18n;

import static dev.vippsmp.testsupport.MessageBundles.arguments;
import static dev.vippsmp.testsupport.MessageBundles.keysIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.returnpage.ReturnState;
import dev.vippsmp.testsupport.MessageBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Everything a shopper sees exists in English, Norwegian, Danish and Finnish: the four bundles have the same keys
 * and arguments, every text can be formatted, and every key a template or class names (the return page's per
 * state, the express button's per brand) is there.
 */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(vipps\\.[A-Za-z0-9.\\-]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("\"(vipps\\.(?:payment|express|return|problem)[a-z0-9.\\-]*)\"");
    private static final List<String> LANGUAGES = List.of("", "_nb", "_da", "_fi");

    private final Properties english = load("");

    @Test
    void everyLanguageHasTheSameKeysFilledInWithTheSameArguments() {
        for (String language : LANGUAGES) {
            Properties translated = load(language);
            assertThat(translated.stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertThat(text).as("%s%s", key, language).isNotBlank();
                assertThat(arguments(text)).as("arguments of %s%s", key, language)
                        .isSubsetOf(arguments(english.getProperty(key)));
                assertThat(new MessageFormat(text).format(new Object[] {"Vipps", "10042"})).as(key)
                        .doesNotContain("{0}", "''");
            }
        }
    }

    @Test
    void everyKeyATemplateOrClassNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(RESOURCES.resolve("templates"), TEMPLATE_KEY, ".html"));
        used.addAll(keysIn(Path.of("src/main/java"), CODE_KEY, ".java"));

        assertThat(used).contains("vipps.return.page-title", "vipps.problem.unknown-link", "vipps.payment.description");
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void theTextsBuiltFromNamesExistForEveryStateAndBrand() {
        for (ReturnState state : ReturnState.values()) {
            assertThat(english).containsKeys("vipps.return.title." + state, "vipps.return.text." + state);
        }
        for (String brand : List.of("vipps", "mobilepay")) {
            assertThat(english).containsKey("vipps.express.buy-now." + brand);
        }
    }

    private static Properties load(String language) {
        return MessageBundles.load(RESOURCES.resolve("vipps/checkout/messages" + language + ".properties"));
    }
}
