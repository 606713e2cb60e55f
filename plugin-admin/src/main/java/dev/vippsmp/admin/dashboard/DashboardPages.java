package dev.vippsmp.admin.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The API dashboard page. */
@Configuration(proxyBeanMethods = false)
@Import(DashboardController.class)
public class DashboardPages {
}
