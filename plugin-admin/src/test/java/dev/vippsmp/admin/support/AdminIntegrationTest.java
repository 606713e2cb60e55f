package dev.vippsmp.admin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The admin pages in the test host on H2, against the shared simulator, through MockMvc with the host's security
 * filter chain. Every class using it shares one cached context through {@link AdminPagesTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = AdminTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:vipps-admin;DB_CLOSE_DELAY=-1",
        "spring.jpa.open-in-view=false",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.order-reference-prefix=adm",
        "vipps.background-jobs.enabled=false",
        "vipps.http.initial-delay=1ms",
        "vipps.http.max-delay=10ms",
        "vipps.http.jitter=0ms",
        "vipps.http.max-retries=1",
        "vipps.system.name=admin-test-shop",
        "vipps.system.version=1.0.0",
        "vipps.admin.order-link=/admin/orders/{orderId}",
        "vipps.admin.page-size=5"})
@AutoConfigureMockMvc
public @interface AdminIntegrationTest {
}
