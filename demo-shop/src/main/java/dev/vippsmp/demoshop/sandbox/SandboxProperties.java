package dev.vippsmp.demoshop.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sandbox mode: the shop starts the Vipps MobilePay simulator inside its own process and points the plugin at it.
 *
 * @param enabled          whether to start the simulator (the demo's properties turn this on)
 * @param simulatorPort    the simulator's HTTP port; 0 picks a free one
 * @param simulatorAddress the address the simulator listens on
 */
@ConfigurationProperties("demo.sandbox")
public record SandboxProperties(@DefaultValue("false") boolean enabled,
                                @DefaultValue("8090") int simulatorPort,
                                @DefaultValue("127.0.0.1") String simulatorAddress) {
}
