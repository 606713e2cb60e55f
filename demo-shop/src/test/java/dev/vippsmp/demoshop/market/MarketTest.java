package dev.vippsmp.demoshop.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarketTest {

    @Test
    void norwayPaysInKronerWithVippsAndReadsNorwegian() {
        Market norway = Market.ofCountry("no");

        assertThat(norway).isEqualTo(Market.NORWAY);
        assertThat(norway.currency().getCurrencyCode()).isEqualTo("NOK");
        assertThat(norway.walletBrand().displayName()).isEqualTo("Vipps");
        assertThat(norway.defaultLocale().getLanguage()).isEqualTo("nb");
        assertThat(norway.vatRate(TaxClass.BOOKS)).isZero();
        assertThat(norway.vatRate(TaxClass.FOOD)).isEqualTo(1500);
    }

    @Test
    void denmarkAndFinlandPayWithMobilePay() {
        assertThat(Market.ofCountry("DK").currency().getCurrencyCode()).isEqualTo("DKK");
        assertThat(Market.ofCountry("DK").walletBrand()).isEqualTo(WalletBrand.MOBILEPAY);
        assertThat(Market.ofCountry("FI").currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(Market.ofCountry("FI").walletBrand().displayName()).isEqualTo("MobilePay");
        assertThat(Market.ofCountry("FI").vatRate(TaxClass.STANDARD)).isEqualTo(2550);
    }

    @Test
    void formatsFollowTheCountryAndWordsTheReader() {
        assertThat(Market.NORWAY.formattingLocale(Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("en-NO"));
        assertThat(Market.DENMARK.formattingLocale(Locale.forLanguageTag("nb"))).isEqualTo(Locale.forLanguageTag("nb-DK"));
    }

    @Test
    void anUnknownCountryIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Market.ofCountry("SE")).hasMessageContaining("SE").hasMessageContaining("NO, DK, FI");
    }
}
