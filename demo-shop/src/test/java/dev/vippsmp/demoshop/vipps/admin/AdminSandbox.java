package dev.vippsmp.demoshop.vipps.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole shop in sandbox mode, as {@code bin/demo} runs it (the simulator in the same process on a free port,
 * background jobs on, the webhook endpoint registered at startup). The same configuration as the checkout's
 * sandbox tests, so all of them share one running shop: tests put back whatever setting they change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.datasource.url=jdbc:h2:mem:shop-sandbox-${random.uuid};DB_CLOSE_DELAY=-1",
        "demo.sandbox.enabled=true",
        "demo.sandbox.simulator-port=0"})
@interface AdminSandbox {
}
