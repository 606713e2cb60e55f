package dev.vippsmp.demoshop.i18n;

import static dev.vippsmp.testsupport.MessageBundles.arguments;
import static dev.vippsmp.testsupport.MessageBundles.assertFilledInWithTheSameArguments;
import static dev.vippsmp.testsupport.MessageBundles.keysIn;
import static dev.vippsmp.testsupport.MessageBundles.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.order.OrderStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Norwegian texts stay in step, and every key the pages and code ask for exists. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:error|checkout|shipping|payment|admin|order|product|cart)\\.[a-z0-9.\\-]+)\"");

    private final Properties english = load(RESOURCES.resolve("messages.properties"));
    private final Properties norwegian = load(RESOURCES.resolve("messages_nb.properties"));

    @Test
    void englishAndNorwegianHaveTheSameKeys() {
        assertThat(norwegian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyTextIsFilledInAndTakesTheSameArgumentsInBothLanguages() {
        assertFilledInWithTheSameArguments(english, norwegian);
        for (String key : english.stringPropertyNames()) {
            if (!arguments(english.getProperty(key)).isEmpty()) {
                // Texts with arguments go through MessageFormat, which must be able to read them.
                for (Properties bundle : List.of(english, norwegian)) {
                    assertThat(new MessageFormat(bundle.getProperty(key)).format(new Object[] {1, 2})).as(key)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> used = keysIn(RESOURCES.resolve("templates"), TEMPLATE_KEY, ".html");
        // vipps.* texts come from the plugins' own bundles, which their modules' tests keep complete.
        used.removeIf(key -> key.startsWith("vipps."));

        assertThat(used).hasSizeGreaterThan(100);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = keysIn(Path.of("src/main/java"), CODE_KEY, ".java");

        assertThat(used).contains("error.product-not-found", "checkout.error.total-changed", "shipping.mailbox");
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyOrderStatusHasItsNameItsExplanationAndItsAdminAction() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(english).containsKeys("order.status." + status, "order.status." + status + ".explained",
                    "admin.order.to." + status);
        }
    }
}
