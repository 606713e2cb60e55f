package dev.vippsmp.simulator.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A merchant's sales unit with its API keys: what a shop configures to take payments.
 *
 * @param msn the merchant serial number, 4 to 6 digits
 * @param name the name customers see on the landing page
 * @param clientId the {@code client_id} for the access token
 * @param clientSecret the {@code client_secret} for the access token
 * @param subscriptionKey the {@code Ocp-Apim-Subscription-Key}
 * @param market NO (NOK, Vipps), DK (DKK, MobilePay) or FI (EUR, MobilePay)
 * @param expressEnabled whether the unit may create Express payments (otherwise error 5020)
 */
public record SalesUnit(
        @NotNull @Pattern(regexp = "^[0-9]{4,6}$") String msn,
        @NotBlank String name,
        @NotBlank String clientId,
        @NotBlank String clientSecret,
        @NotBlank String subscriptionKey,
        @NotNull Market market,
        @DefaultValue("true") boolean expressEnabled) {

    public String currency() {
        return market.currency();
    }

    public String brand() {
        return market.brand();
    }

    @Override
    public String toString() {
        return "SalesUnit[msn=" + msn + ", name=" + name + ", market=" + market + "]";
    }
}
