package dev.vippsmp.admin.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The admin pages, under {@code vipps.admin.*}.
 *
 * @param enabled whether the admin pages exist at all
 * @param path the URL prefix every admin page and form lives under; the host's security must cover it
 * @param authority the authority an admin needs, e.g. {@code ROLE_ADMIN} (what {@code hasRole("ADMIN")} checks)
 * @param layout the Thymeleaf template whose {@code layout(title, content)} fragment frames the pages; the
 *        plugin's own plain frame when the host has none
 * @param webhookUrl the URL to register for webhooks; when absent, the shop's address as the admin reached it
 *        plus {@code webhookPath}
 * @param webhookPath the path of the shop's webhook endpoint
 * @param orderLink a link from a payment to the shop's own page of its order, with {@code {orderId}}, e.g.
 *        {@code /admin/orders/{orderId}}; none when absent
 * @param pageSize payments per page in the list
 * @param timeZone the zone times are shown in; the server's when absent
 * @param statusPages the vendor's status pages, linked from the dashboard
 */
@Validated
@ConfigurationProperties("vipps.admin")
public record VippsAdminProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/admin/vipps") @NotNull @Pattern(regexp = "(/[a-zA-Z0-9_-]+)+") String path,
        @DefaultValue("ROLE_ADMIN") @NotBlank String authority,
        @DefaultValue("vipps-admin/layout") @NotBlank String layout,
        URI webhookUrl,
        @DefaultValue("/vipps/webhooks") @NotNull @Pattern(regexp = "(/[a-zA-Z0-9._~-]+)+") String webhookPath,
        String orderLink,
        @DefaultValue("25") @Min(5) @Max(200) int pageSize,
        ZoneId timeZone,
        @DefaultValue @Valid StatusPages statusPages) {

    /**
     * The vendor's status pages.
     *
     * @param test where the test environment's status is published
     * @param production where the production environment's status is published
     */
    public record StatusPages(@DefaultValue("https://status.vippsmobilepay.com") @NotNull URI test,
            @DefaultValue("https://status.vippsmobilepay.com") @NotNull URI production) {
    }

    /** The zone to show times in. */
    public ZoneId zone() {
        return timeZone != null ? timeZone : ZoneId.systemDefault();
    }
}
