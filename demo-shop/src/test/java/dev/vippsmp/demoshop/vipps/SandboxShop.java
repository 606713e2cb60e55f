package dev.vippsmp.demoshop.vipps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole shop in sandbox mode, as {@code bin/demo} runs it: the simulator in the same process on a free port,
 * the plugin's background jobs on, the webhook endpoint registered with the simulator at startup. Every test class
 * carrying it (through {@link SandboxBrowserTest} or {@link SandboxWebTest}) shares one running shop.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.datasource.url=jdbc:h2:mem:shop-sandbox-${random.uuid};DB_CLOSE_DELAY=-1",
        "demo.sandbox.enabled=true",
        "demo.sandbox.simulator-port=0"})
@interface SandboxShop {
}
