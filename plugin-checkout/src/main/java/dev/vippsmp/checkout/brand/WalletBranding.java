package dev.vippsmp.checkout.brand;

import dev.vippsmp.core.settings.Brand;
import dev.vippsmp.core.settings.SettingsService;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The brand of the current settings, for pages and the host's payment method. Most texts take the brand's name as
 * an argument; those whose wording differs by brand (Finnish inflects the name: "MobilePaylla") have one message
 * per brand, {@code <key>.vipps} and {@code <key>.mobilepay}. Templates reach this bean as {@code @vippsBranding}.
 */
public class WalletBranding {

    /** The static path the logos live under; each is {@code <key>.svg}. */
    public static final String LOGO_PATH = "/vipps/checkout/";

    private final SettingsService settings;
    private final MessageSource messages;

    public WalletBranding(SettingsService settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    public Brand brand() {
        return settings.current().brand();
    }

    /** "Vipps" or "MobilePay". */
    public String name() {
        return brand().displayName();
    }

    /** "vipps" or "mobilepay": the suffix of brand-worded messages and the brand's CSS class. */
    public String key() {
        return brand().name().toLowerCase(Locale.ROOT);
    }

    /** The brand's logo, a path on the shop's own static files. */
    public String logo() {
        return LOGO_PATH + key() + ".svg";
    }

    /** A text naming the brand as its argument {0}, e.g. "Confirm the payment in the Vipps app." */
    public String text(String key, Locale locale) {
        return messages.getMessage(key, new Object[] {name()}, locale);
    }

    /** A text worded per brand, {@code <key>.vipps} or {@code <key>.mobilepay}, e.g. the express button's. */
    public String brandText(String key, Locale locale) {
        return messages.getMessage(key + "." + key(), new Object[] {name()}, locale);
    }
}
