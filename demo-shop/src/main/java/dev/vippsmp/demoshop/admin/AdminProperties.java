package dev.vippsmp.demoshop.admin;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The shop admin's login. There is no default in the code: the demo's {@code application.properties} sets
 * admin/admin, and a real shop sets its own.
 *
 * @param username the admin's user name
 * @param password the password, either as plain text or as an encoded hash with its id, e.g. {@code {bcrypt}$2a$...}
 */
@Validated
@ConfigurationProperties("demo.admin")
public record AdminProperties(@NotBlank String username, @NotBlank String password) {

    /** The password the demo ships with, which the startup log may print because everyone knows it anyway. */
    static final String DEMO_PASSWORD = "admin";

    boolean isDemoPassword() {
        return DEMO_PASSWORD.equals(password);
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=(hidden)]";
    }
}
