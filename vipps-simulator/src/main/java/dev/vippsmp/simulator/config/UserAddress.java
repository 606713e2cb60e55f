package dev.vippsmp.simulator.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An address a test user has saved in the app.
 *
 * @param type {@code home}, {@code work} or {@code other}
 */
public record UserAddress(
        @DefaultValue("home") @Pattern(regexp = "home|work|other") String type,
        @NotBlank String addressLine1,
        String addressLine2,
        @NotBlank String postCode,
        @NotBlank String city,
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String country) {

    /** The address as the app prints it: street lines, then post code and city. */
    public String formatted() {
        StringBuilder text = new StringBuilder(addressLine1);
        if (addressLine2 != null && !addressLine2.isBlank()) {
            text.append('\n').append(addressLine2);
        }
        return text.append('\n').append(postCode).append(' ').append(city).toString();
    }
}
