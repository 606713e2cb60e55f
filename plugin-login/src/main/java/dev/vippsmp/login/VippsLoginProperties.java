package dev.vippsmp.login;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Log in with Vipps MobilePay, under {@code vipps.login.*}. The client is the sales unit: its {@code client_id} and
 * {@code client_secret} of the environment (test or production) selected in the plugin's settings, and the
 * settings' base URL and {@code Vipps-System-*} values.
 *
 * @param enabled whether the shop offers the login
 * @param scopes what the user is asked to share; {@code openid} is always added
 * @param automaticReturn ask the app to return the user to the browser by itself
 *         ({@code requested_flow=automatic_return_from_vipps_app}); the user may land in another browser than the
 *         one the login started in, where the login then fails for want of the session, so it is off by default
 * @param createCustomers create a customer when no existing one matches the verified email or phone number
 * @param registrationId the Spring Security client registration id, in {@code /oauth2/authorization/{id}} and
 *         {@code /login/oauth2/code/{id}}
 * @param adminLayout the host's admin frame for the login's admin page, a template with a
 *         {@code layout(title, content)} fragment
 *
 * <p>{@code enabled}, {@code scopes}, {@code automatic-return} and {@code create-customers} are the initial values:
 * once an admin saves the login's settings page, the saved ones apply.
 */
@ConfigurationProperties("vipps.login")
@Validated
public record VippsLoginProperties(
        @DefaultValue("false") boolean enabled,
        @NotEmpty @DefaultValue({"openid", "name", "email", "phoneNumber", "address"})
                List<@Pattern(regexp = "openid|name|email|phoneNumber|address|birthDate") String> scopes,
        @DefaultValue("false") boolean automaticReturn,
        @DefaultValue("true") boolean createCustomers,
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{0,30}$") @DefaultValue("vipps") String registrationId,
        @NotNull @DefaultValue("vipps/login/admin/frame") String adminLayout) {
}
