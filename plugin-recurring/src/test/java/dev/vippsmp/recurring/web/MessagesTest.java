package dev.vippsmp.recurring.web;

import static dev.vippsmp.testsupport.MessageBundles.keysIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.recurring.SubscriptionOperationException;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.testsupport.MessageBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The subscriber fragment's texts exist in English, Norwegian, Danish and Finnish with the same keys and arguments:
 * every key the fragment names, a status text per status, a failure text per reason, a price text per interval
 * unit, a refusal per reason a stop can give, and the vendor's own description of a failure quoted as it is.
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
        }
    }

    @Test
    void everyKeyTheFragmentAndItsTextsNameExists() throws IOException {
        // The subscriber fragment only: the admin's pages beside it take their texts from the admin's bundle.
        Set<String> used = new TreeSet<>(keysIn(RESOURCES.resolve("templates/vipps/recurring/subscriber.html"),
                TEMPLATE_KEY, ".html"));
        assertThat(used).contains("vipps.recurring.stop", "vipps.recurring.next-charge",
                "vipps.recurring.failure-description");
        for (SubscriptionStatus status : SubscriptionStatus.values()) {
            used.add("vipps.recurring.status." + status);
        }
        for (ChargeFailureReason reason : ChargeFailureReason.values()) {
            used.add("vipps.recurring.failure." + reason);
        }
        for (IntervalUnit unit : IntervalUnit.values()) {
            used.add("vipps.recurring.interval." + unit);
        }
        for (SubscriptionOperationException.Reason reason : SubscriptionOperationException.Reason.values()) {
            used.add("vipps.recurring.refused." + new SubscriptionOperationException(reason, "").code());
        }
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void aPriceReadsPerOneIntervalOrEveryFewInEachLanguage() {
        String monthly = "vipps.recurring.interval.MONTH";
        assertThat(format(load(""), monthly, "NOK 99.00", 1)).isEqualTo("NOK 99.00 per month");
        assertThat(format(load(""), monthly, "NOK 99.00", 3)).isEqualTo("NOK 99.00 every 3 months");
        assertThat(format(load("_nb"), monthly, "kr 99,00", 1)).isEqualTo("kr 99,00 per måned");
        assertThat(format(load("_nb"), monthly, "kr 99,00", 2)).isEqualTo("kr 99,00 hver 2. måned");
        for (String language : LANGUAGES) {
            for (IntervalUnit unit : IntervalUnit.values()) {
                assertThat(format(load(language), "vipps.recurring.interval." + unit, "X", 5))
                        .as(unit + language).contains("X").doesNotContain("{");
            }
        }
    }

    @Test
    void theVendorsDescriptionOfAFailureIsQuotedInEachLanguage() {
        String key = "vipps.recurring.failure-description";
        assertThat(format(load(""), key, "Insufficient funds")).isEqualTo("Vipps MobilePay: “Insufficient funds”");
        assertThat(format(load("_nb"), key, "Insufficient funds")).isEqualTo("Vipps MobilePay: «Insufficient funds»");
        for (String language : LANGUAGES) {
            assertThat(format(load(language), key, "It's {1} <b>")).as(language).contains("It's {1} <b>");
        }
    }

    private static String format(Properties bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getProperty(key), Locale.ENGLISH).format(arguments);
    }

    private static String format(Properties bundle, String key, String price, int count) {
        return new MessageFormat(bundle.getProperty(key), Locale.ENGLISH).format(new Object[] {price, count});
    }

    private static Properties load(String language) {
        return MessageBundles.load(RESOURCES.resolve("dev/vippsmp/recurring/web/messages" + language
                + ".properties"));
    }
}
