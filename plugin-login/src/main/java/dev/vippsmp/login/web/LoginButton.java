package dev.vippsmp.login.web;

/**
 * What the login button shows.
 *
 * @param available whether a login can start now (enabled, with keys)
 * @param brand Vipps in Norway, MobilePay in Denmark and Finland, from the sales unit's market
 * @param path where the button points
 */
public record LoginButton(boolean available, String brand, String path) {

    /** The CSS class of the brand, {@code vipps-login-vipps} or {@code vipps-login-mobilepay}. */
    public String brandClass() {
        return "vipps-login-" + brand.toLowerCase(java.util.Locale.ROOT);
    }
}
