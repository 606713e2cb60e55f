package dev.vippsmp.admin.payments;

import dev.vippsmp.admin.web.VippsAdminProperties;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.PaymentQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The payments list and a payment's page with its money operations. */
@Configuration(proxyBeanMethods = false)
@Import(PaymentsController.class)
public class PaymentPages {

    @Bean
    OrderLinks vippsAdminOrderLinks(VippsAdminProperties properties) {
        return new OrderLinks(properties.orderLink());
    }

    @Bean
    PaymentDetailPage vippsAdminPaymentDetailPage(PaymentQueries payments, VippsClient client,
            OrderLinks orderLinks) {
        return new PaymentDetailPage(payments, client, orderLinks);
    }
}
