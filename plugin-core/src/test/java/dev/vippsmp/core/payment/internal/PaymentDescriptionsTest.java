package dev.vippsmp.core.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The app names the order in the buyer's language (English when the plugin has no words for it), in 100 characters. */
class PaymentDescriptionsTest {

    @Test
    void theOrderIsNamedInTheBuyersLanguage() {
        assertThat(PaymentDescriptions.of("10042", Locale.ENGLISH)).isEqualTo("Order 10042");
        assertThat(PaymentDescriptions.of("10042", Locale.forLanguageTag("nb-NO"))).isEqualTo("Bestilling 10042");
        assertThat(PaymentDescriptions.of("10042", Locale.forLanguageTag("da-DK"))).isEqualTo("Ordre 10042");
        assertThat(PaymentDescriptions.of("10042", Locale.forLanguageTag("fi"))).isEqualTo("Tilaus 10042");
    }

    @Test
    void anUnknownOrMissingLanguageIsEnglish() {
        assertThat(PaymentDescriptions.of("10042", Locale.GERMAN)).isEqualTo("Order 10042");
        assertThat(PaymentDescriptions.of("10042", null)).isEqualTo("Order 10042");
    }

    @Test
    void aLongOrderIdIsCutToTheVendorsLimit() {
        assertThat(PaymentDescriptions.of("9".repeat(120), Locale.ENGLISH)).hasSize(100).startsWith("Order 999");
    }
}
