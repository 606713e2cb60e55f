package dev.vippsmp.core.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test of the plugin in the test host on H2, against the shared simulator. Every class using it
 * shares one cached context through {@link PluginIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:vipps-core;DB_CLOSE_DELAY=-1",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.order-reference-prefix=it",
        "vipps.background-jobs.enabled=false",
        "vipps.http.initial-delay=1ms",
        "vipps.http.max-delay=10ms",
        "vipps.http.jitter=0ms",
        "vipps.system.name=integration-shop",
        "vipps.system.version=9.9.9"})
public @interface IntegrationTest {
}
