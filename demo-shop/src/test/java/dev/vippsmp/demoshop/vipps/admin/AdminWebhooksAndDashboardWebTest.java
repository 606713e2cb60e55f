package dev.vippsmp.demoshop.vipps.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.webhooks.Webhook;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The webhook page in the shop: the shop's own endpoint, registered at startup in sandbox mode, is listed as this
 * shop's and verifiable; deleting it brings the warning, and registering the proposed URL again restores it. The
 * dashboard counts the shop's calls.
 */
class AdminWebhooksAndDashboardWebTest extends AdminWebTest {

    private static final String WEBHOOKS = AdminFixtures.ADMIN + "/webhooks";

    @Test
    void theShopsWebhookIsListedAndWhenDeletedWarnedAboutAndRegisteredAgain() {
        ShopClient admin = admin();
        Response page = admin.get(WEBHOOKS);
        String proposed = page.html().select("#webhook-url").attr("value");
        assertThat(proposed).isEqualTo(baseUrl() + "/vipps/webhooks");
        List<Webhook> registered = client.webhooks().list();
        assertThat(registered).extracting(Webhook::url).contains(proposed);
        assertThat(page.text("tr[data-webhook=" + registered.get(0).id() + "]")).contains("this shop", "Yes");

        for (Webhook webhook : registered) {
            Element delete = page.html().selectFirst("tr[data-webhook=" + webhook.id() + "] form");
            assertThat(admin.post(delete.attr("action"), Map.of("_csrf",
                    delete.selectFirst("input[name=_csrf]").attr("value"))).status()).isEqualTo(302);
        }
        Response none = admin.get(WEBHOOKS);
        assertThat(none.text("#no-webhooks")).startsWith("No webhook is registered");
        assertThat(client.webhooks().list()).isEmpty();

        assertThat(none.html().select("#register-webhook input[name=events][checked]").eachAttr("value"))
                .contains("epayments.payment.authorized.v1", "recurring.agreement-activated.v1");
        Map<String, String> form = new java.util.HashMap<>(AdminFixtures.formFields(none.html(), "#register-webhook"));
        // The page checks every event; without any the plugin registers all it needs, as with all checked.
        form.remove("events");
        Response again = admin.post(WEBHOOKS, form);

        assertThat(again.status()).isEqualTo(302);
        assertThat(client.webhooks().list()).singleElement().satisfies(webhook -> {
            assertThat(webhook.url()).isEqualTo(proposed);
            // The payments' eight events and the subscriptions' own: the shop sells both.
            assertThat(webhook.events()).hasSize(8 + 9)
                    .contains("epayments.payment.captured.v1", "recurring.charge-failed.v1");
        });
        assertThat(admin.get(WEBHOOKS).html().select("#no-webhooks, #no-verifiable-webhooks")).isEmpty();
    }

    @Test
    void theDashboardCountsTheShopsCallsPerOperation() {
        reservedPayment("enamel-mug");

        Response dashboard = admin().get(AdminFixtures.ADMIN + "/dashboard");

        assertThat(dashboard.status()).isEqualTo(200);
        for (String operation : List.of("CREATE_PAYMENT", "GET_PAYMENT", "FORCE_APPROVE_PAYMENT")) {
            Element row = dashboard.html().selectFirst("#stats-hour tr[data-operation=" + operation + "]");
            assertThat(row).as(operation).isNotNull();
            assertThat(Long.parseLong(row.select(".calls").text())).as(operation).isPositive();
        }
        assertThat(dashboard.text(".admin-nav a.active")).isEqualTo("Vipps MobilePay");
    }
}
