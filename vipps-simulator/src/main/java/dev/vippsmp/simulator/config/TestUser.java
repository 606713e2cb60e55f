package dev.vippsmp.simulator.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A person with the app: who approves payments on the landing page and whose profile merchants may ask for.
 *
 * @param phoneNumber MSISDN: country code and number, digits only, e.g. {@code 4791234567}
 * @param addresses saved addresses; the first is the default one
 */
public record TestUser(
        @NotNull @Pattern(regexp = "^\\d{10,15}$") String phoneNumber,
        @NotBlank String givenName,
        @NotBlank String familyName,
        @NotBlank String email,
        @DefaultValue("true") boolean emailVerified,
        @NotNull LocalDate birthDate,
        @NotNull @Pattern(regexp = "^\\d{11}$") String nin,
        @NotNull List<@Valid UserAddress> addresses) {

    public String name() {
        return givenName + " " + familyName;
    }

    /**
     * The user's {@code sub} as seen by one sales unit. Like the vendor's, it differs between merchants and never
     * changes: a name-based UUID of the MSN and the phone number, so it is also stable across restarts.
     */
    public String sub(String msn) {
        return UUID.nameUUIDFromBytes(("sub:" + msn + ":" + phoneNumber).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public UserAddress defaultAddress() {
        return addresses.isEmpty() ? null : addresses.get(0);
    }
}
