package dev.vippsmp.demoshop.market;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * The country a shop sells in: its currency, its VAT rates, the language its pages open in, and the brand the
 * Vipps MobilePay wallet has there (Vipps in Norway, MobilePay in Denmark and Finland). One shop runs one market,
 * chosen with {@code demo.market.country}.
 */
public enum Market {

    NORWAY("NO", "NOK", WalletBrand.VIPPS, Locale.forLanguageTag("nb"), "Europe/Oslo",
            Map.of(TaxClass.STANDARD, 2500, TaxClass.FOOD, 1500, TaxClass.BOOKS, 0, TaxClass.EXEMPT, 0)),
    DENMARK("DK", "DKK", WalletBrand.MOBILEPAY, Locale.ENGLISH, "Europe/Copenhagen",
            Map.of(TaxClass.STANDARD, 2500, TaxClass.FOOD, 2500, TaxClass.BOOKS, 2500, TaxClass.EXEMPT, 0)),
    FINLAND("FI", "EUR", WalletBrand.MOBILEPAY, Locale.ENGLISH, "Europe/Helsinki",
            Map.of(TaxClass.STANDARD, 2550, TaxClass.FOOD, 1400, TaxClass.BOOKS, 1400, TaxClass.EXEMPT, 0));

    private final String country;
    private final Currency currency;
    private final WalletBrand walletBrand;
    private final Locale defaultLocale;
    private final ZoneId zone;
    private final Map<TaxClass, Integer> vatRates;

    Market(String country, String currency, WalletBrand walletBrand, Locale defaultLocale, String zone,
           Map<TaxClass, Integer> vatRates) {
        this.country = country;
        this.currency = Currency.getInstance(currency);
        this.walletBrand = walletBrand;
        this.defaultLocale = defaultLocale;
        this.zone = ZoneId.of(zone);
        this.vatRates = vatRates;
    }

    /** The market of an ISO 3166 country code (NO, DK, FI). */
    public static Market ofCountry(String countryCode) {
        return Arrays.stream(values())
                .filter(market -> market.country.equalsIgnoreCase(countryCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No market for country '" + countryCode
                        + "'; the shop sells in " + Arrays.toString(Arrays.stream(values()).map(Market::country).toArray())));
    }

    /** ISO 3166 alpha-2 code of the home country. */
    public String country() {
        return country;
    }

    public Currency currency() {
        return currency;
    }

    public WalletBrand walletBrand() {
        return walletBrand;
    }

    /** The language pages open in before a shopper picks one (no country: the market gives that). */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    /**
     * A language as spoken in this market, for number and date formats: English in Norway gives {@code en-NO}, so
     * separators and dates follow the country while the words follow the reader.
     */
    public Locale formattingLocale(Locale language) {
        return new Locale.Builder().setLanguage(language.getLanguage()).setRegion(country).build();
    }

    /** The time zone dates are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The VAT rate of a tax class in basis points (2500 = 25 %). */
    public int vatRate(TaxClass taxClass) {
        return vatRates.get(taxClass);
    }
}
