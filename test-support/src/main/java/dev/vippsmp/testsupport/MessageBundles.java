package dev.vippsmp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the message-bundle tests of every module read: a bundle as it is on disk, the {@code {n}} arguments of a
 * text, and the keys that templates or code name; and the one check every fully translated bundle passes. The other
 * assertions stay in each module's test, since each has its own languages and its own keys built from names.
 */
public final class MessageBundles {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

    private MessageBundles() {
    }

    /** The bundle file, read as UTF-8 (as Spring Boot's message source reads it). */
    public static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The indexes of the text's MessageFormat arguments, e.g. {@code [0, 1]}. */
    public static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    /**
     * Every text of the original, and of the translation, is filled in and takes the same {@code {n}} arguments: a
     * blank text shows nothing, and a translation without an argument drops a value from the page.
     */
    public static void assertFilledInWithTheSameArguments(Properties original, Properties translation) {
        for (String key : original.stringPropertyNames()) {
            String text = original.getProperty(key);
            String translated = translation.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            assertThat(translated).as(key).isNotBlank();
            assertThat(arguments(translated)).as("arguments of %s", key).isEqualTo(arguments(text));
        }
    }

    /** The first group of every match of the pattern in the files under the root whose names end with the suffix. */
    public static Set<String> keysIn(Path root, Pattern pattern, String suffix) throws IOException {
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
}
