package dev.vippsmp.demoshop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.order.OrderStatus;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and Norwegian texts stay in step, and every key the pages and code ask for exists. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:error|checkout|shipping|payment|admin|order|product|cart)\\.[a-z0-9.\\-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

    private final Properties english = load("messages.properties");
    private final Properties norwegian = load("messages_nb.properties");

    @Test
    void englishAndNorwegianHaveTheSameKeys() {
        assertThat(norwegian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyTextIsFilledInAndTakesTheSameArgumentsInBothLanguages() {
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String nb = norwegian.getProperty(key);
            assertThat(en).as(key).isNotBlank();
            assertThat(nb).as(key).isNotBlank();
            assertThat(arguments(nb)).as("arguments of %s", key).isEqualTo(arguments(en));
            if (!arguments(en).isEmpty()) {
                // Texts with arguments go through MessageFormat, which must be able to read them.
                assertThat(new MessageFormat(en).format(new Object[] {1, 2})).as(key).isNotBlank();
                assertThat(new MessageFormat(nb).format(new Object[] {1, 2})).as(key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> used = keysIn(RESOURCES.resolve("templates"), TEMPLATE_KEY, ".html");

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

    private static Set<String> keysIn(Path root, Pattern pattern, String suffix) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
