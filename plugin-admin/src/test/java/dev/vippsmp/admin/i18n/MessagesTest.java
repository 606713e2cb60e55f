package dev.vippsmp.admin.i18n;

import static dev.vippsmp.testsupport.MessageBundles.arguments;
import static dev.vippsmp.testsupport.MessageBundles.assertFilledInWithTheSameArguments;
import static dev.vippsmp.testsupport.MessageBundles.keysIn;
import static dev.vippsmp.testsupport.MessageBundles.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.admin.connection.ConnectionReport;
import dev.vippsmp.core.client.ApiOperation;
import dev.vippsmp.core.client.errors.ErrorCategory;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.Market;
import dev.vippsmp.core.settings.OrderStatusAfterApproval;
import dev.vippsmp.core.settings.ProductPageButtons;
import dev.vippsmp.core.settings.SettingsRule;
import dev.vippsmp.core.settings.ShippingMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plugin's English texts and their Norwegian, Danish and Finnish translations stay in step, and every text a
 * template, the code or a value shown on a page asks for exists: a missing one would show its key to the admin.
 */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/dev/vippsmp/admin");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/vipps-admin");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(vipps\\.admin\\.[A-Za-z0-9.\\-_]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("\"(vipps\\.admin\\.[a-z0-9.\\-]+[a-z0-9])\"");
    /** The language of every translation of the English bundle, as in its file name. */
    private static final List<String> TRANSLATIONS = List.of("nb", "da", "fi");

    private final Properties english = load(BUNDLE.resolve("messages.properties"));

    private static Properties translation(String language) {
        return load(BUNDLE.resolve("messages_" + language + ".properties"));
    }

    @Test
    void everyTranslationHasTheSameKeysAsEnglish() {
        for (String language : TRANSLATIONS) {
            assertThat(translation(language).stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void everyTranslationListsItsKeysInTheEnglishOrder() throws IOException {
        List<String> englishOrder = keysInFileOrder("messages.properties");
        for (String language : TRANSLATIONS) {
            assertThat(keysInFileOrder("messages_" + language + ".properties")).as(language)
                    .containsExactlyElementsOf(englishOrder);
        }
    }

    @Test
    void everyTextIsFilledInTakesTheSameArgumentsInEveryLanguageAndSurvivesMessageFormat() {
        for (String language : TRANSLATIONS) {
            Properties translated = translation(language);
            assertFilledInWithTheSameArguments(english, translated);
            for (String key : english.stringPropertyNames()) {
                for (String text : List.of(english.getProperty(key), translated.getProperty(key))) {
                    if (!arguments(text).isEmpty()) {
                        // Texts with arguments go through MessageFormat, which swallows a lone apostrophe.
                        String formatted = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {1, 2, 3});
                        assertThat(formatted).as("%s (%s)", key, language).isNotBlank();
                        assertThat(text.replace("''", "").contains("'"))
                                .as("lone apostrophe in %s (%s)", key, language).isFalse();
                    }
                }
            }
        }
    }

    /** The keys of a bundle in the order its file lists them (no bundle here continues a line). */
    private static List<String> keysInFileOrder(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE.resolve(file), StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                keys.add(trimmed.split("[=:]", 2)[0].strip());
            }
        }
        return keys;
    }

    @Test
    void everyKeyATemplateOrTheCodeNamesExists() throws IOException {
        Set<String> inTemplates = keysIn(TEMPLATES, TEMPLATE_KEY, ".html");
        Set<String> inCode = keysIn(Path.of("src/main/java"), CODE_KEY, ".java");

        assertThat(inTemplates).hasSizeGreaterThan(100);
        assertThat(english.stringPropertyNames()).containsAll(inTemplates);
        assertThat(inCode).contains("vipps.admin.settings.required", "vipps.admin.payment.outcome-unknown");
        assertThat(english.stringPropertyNames()).containsAll(inCode);
    }

    @Test
    void everyValueThePagesNameThroughAComposedKeyHasItsText() {
        List<String> needed = new ArrayList<>();
        for (String field : List.of("enabled", "market", "orderStatusAfterApproval", "capturePolicy",
                "referencePrefix", "receipts", "expressCart", "expressProductPages", "shippingMode",
                "expressAlwaysAskForAddress", "environment", "merchantSerialNumber", "clientId", "baseUrl",
                "systemName", "systemVersion", "pluginName", "pluginVersion")) {
            needed.add("vipps.admin.field." + field);
            needed.add("vipps.admin.field." + field + ".help");
        }
        needed.add("vipps.admin.field.clientSecret");
        needed.add("vipps.admin.field.subscriptionKey");
        options("market", Market.values(), needed);
        options("orderStatusAfterApproval", OrderStatusAfterApproval.values(), needed);
        options("capturePolicy", CapturePolicy.values(), needed);
        options("expressProductPages", ProductPageButtons.values(), needed);
        options("shippingMode", ShippingMode.values(), needed);
        options("environment", ApiEnvironment.values(), needed);
        for (ConnectionReport.Outcome outcome : ConnectionReport.Outcome.values()) {
            needed.add("vipps.admin.connection." + outcome);
        }
        for (PaymentStatus status : PaymentStatus.values()) {
            needed.add("vipps.admin.status." + status);
        }
        for (PaymentFlow flow : PaymentFlow.values()) {
            needed.add("vipps.admin.flow." + flow);
        }
        for (ApiOperation operation : ApiOperation.values()) {
            needed.add("vipps.admin.operation." + operation);
        }
        for (ErrorCategory category : ErrorCategory.values()) {
            needed.add("vipps.admin.category." + category);
            needed.add("vipps.admin.vendor-error." + category.name().toLowerCase());
        }
        for (PaymentOperationException.Reason reason : PaymentOperationException.Reason.values()) {
            needed.add("vipps.admin.refused." + reason.name().toLowerCase().replace('_', '-'));
        }
        for (String field : List.of("enabled", "market", "environment", "testMerchantSerialNumber",
                "testClientId", "testClientSecret", "testSubscriptionKey", "productionMerchantSerialNumber",
                "productionClientId", "productionClientSecret", "productionSubscriptionKey", "baseUrl",
                "referencePrefix", "orderStatusAfterApproval", "capturePolicy", "expressCart", "expressProductPages",
                "expressAlwaysAskForAddress", "shippingMode", "receipts", "systemName", "systemVersion",
                "pluginName", "pluginVersion")) {
            needed.add("vipps.admin.audit." + field);
        }
        for (SettingsRule rule : SettingsRule.values()) {
            needed.add("vipps.admin.settings.rule." + rule.code());
            if (rule.code().startsWith("header.")) {
                needed.add("vipps.admin.preview.problem." + rule.code());
            }
        }
        for (String problem : List.of("empty", "not-a-number", "too-many-decimals", "zero", "too-large",
                "above-limit.capture", "above-limit.refund")) {
            needed.add("vipps.admin.amount." + problem);
        }
        for (String done : List.of("capture", "refund", "cancel", "refresh")) {
            needed.add("vipps.admin.payment.done." + done);
        }

        assertThat(english.stringPropertyNames()).containsAll(needed);
    }

    private static void options(String field, Enum<?>[] values, List<String> needed) {
        for (Enum<?> value : values) {
            needed.add("vipps.admin.option." + field + "." + value.name());
        }
    }
}
