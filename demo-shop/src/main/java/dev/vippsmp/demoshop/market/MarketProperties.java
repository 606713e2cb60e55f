package dev.vippsmp.demoshop.market;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which market the shop sells in.
 *
 * @param country ISO 3166 code of the home country: {@code NO} (NOK, Vipps), {@code DK} (DKK, MobilePay) or
 *                {@code FI} (EUR, MobilePay)
 */
@Validated
@ConfigurationProperties("demo.market")
public record MarketProperties(
        @DefaultValue("NO") @Pattern(regexp = "(?i)NO|DK|FI", message = "must be NO, DK or FI") String country) {
}
