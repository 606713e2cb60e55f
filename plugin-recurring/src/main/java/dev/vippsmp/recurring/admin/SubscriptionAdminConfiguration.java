package dev.vippsmp.recurring.admin;

import dev.vippsmp.admin.web.AdminFormats;
import dev.vippsmp.admin.web.AdminMessages;
import dev.vippsmp.admin.web.AdminSite;
import dev.vippsmp.admin.web.AdminTab;
import dev.vippsmp.admin.web.VippsAdminProperties;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.store.AgreementStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the subscriptions' admin pages, their tab and their texts when the admin's pages are there (the module
 * is on the classpath and switched on): the auto-configuration imports it, so the controller stays
 * package-private, and without the admin there are no pages, as nothing would guard them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "dev.vippsmp.admin.web.AdminSite")
@ConditionalOnBean(AdminSite.class)
public class SubscriptionAdminConfiguration {

    static final String MESSAGES = "dev/vippsmp/recurring/admin/messages";

    /** Static, so the bundle joins the host's message source, which is made before any other bean. */
    @Bean
    static AdminMessages vippsRecurringAdminMessages() {
        return new AdminMessages(MESSAGES);
    }

    @Bean
    AdminTab vippsSubscriptionsTab() {
        return new AdminTab(SubscriptionsController.TAB, SubscriptionsController.PATH, "vipps.recurring.admin.tab",
                100);
    }

    @Bean
    SubscriptionsController vippsSubscriptionsController(VippsSubscriptions subscriptions, AgreementStore agreements,
            AdminSite site, AdminFormats formats, VippsAdminProperties properties) {
        return new SubscriptionsController(subscriptions, agreements, site, formats, properties.pageSize());
    }
}
