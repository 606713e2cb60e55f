package dev.vippsmp.admin.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.vippsmp.admin.support.AdminPagesTest;
import dev.vippsmp.core.client.webhooks.Webhook;
import dev.vippsmp.core.client.webhooks.WebhooksApi;
import dev.vippsmp.core.settings.SecretCipher;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Webhook registrations against the simulator: a warning while none is registered, the shop's endpoint proposed
 * and registered for every event the plugin needs with its secret stored encrypted and never shown, deleting, and
 * refused URLs that register nothing.
 */
class WebhookPagesTest extends AdminPagesTest {

    private static final String WEBHOOKS = BASE + "/webhooks";

    @Autowired
    private SecretCipher cipher;

    @BeforeEach
    void noRegistrations() {
        for (Webhook webhook : client.webhooks().list()) {
            client.webhooks().delete(webhook.id());
        }
        jdbc.update("delete from vipps_webhook_registration");
    }

    @Test
    void withNoneRegisteredThePageWarnsAndProposesTheShopsEndpoint() throws Exception {
        Document page = html(getAsAdmin(WEBHOOKS));

        assertThat(page.select("#no-webhooks").text()).startsWith("No webhook is registered");
        assertThat(page.select("#webhook-url").attr("value")).isEqualTo("http://localhost/vipps/webhooks");
        assertThat(page.select("#register-webhook input[name=events][checked]").eachAttr("value"))
                .containsExactlyElementsOf(WebhooksApi.EPAYMENT_EVENTS);
    }

    @Test
    void theShopsEndpointIsRegisteredWithItsSecretEncryptedAndThenDeleted() throws Exception {
        MockHttpServletResponse registered = postAsAdmin(WEBHOOKS, Map.of("url", "http://localhost/vipps/webhooks"));

        assertThat(registered.getStatus()).isEqualTo(302);
        Webhook webhook = client.webhooks().list().get(0);
        assertThat(webhook.url()).isEqualTo("http://localhost/vipps/webhooks");
        assertThat(webhook.events()).containsExactlyInAnyOrderElementsOf(WebhooksApi.EPAYMENT_EVENTS);
        String stored = jdbc.queryForObject("select secret_enc from vipps_webhook_registration where id = ?",
                String.class, webhook.id());
        String secret = cipher.decrypt(stored);
        assertThat(secret).isNotBlank().isNotEqualTo(stored);
        MockHttpServletResponse listed = getAsAdmin(WEBHOOKS);
        Document page = html(listed);
        assertThat(page.select("tr[data-webhook=" + webhook.id() + "]").text()).contains("this shop", "8 events",
                "Yes");
        assertThat(page.select("#no-webhooks, #no-verifiable-webhooks")).isEmpty();
        assertThat(listed.getContentAsString()).doesNotContain(secret);

        assertThat(postAsAdmin(WEBHOOKS + "/" + webhook.id() + "/delete", Map.of()).getStatus()).isEqualTo(302);
        assertThat(client.webhooks().list()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from vipps_webhook_registration", Long.class)).isZero();
    }

    @Test
    void aRegistrationTheShopHasNoSecretForIsFlaggedAsNotVerifiable() throws Exception {
        client.webhooks().register("https://elsewhere.example/hook", WebhooksApi.EPAYMENT_EVENTS);

        Document page = html(getAsAdmin(WEBHOOKS));

        assertThat(page.select("#no-verifiable-webhooks").text()).startsWith("None of the registered webhooks");
        assertThat(page.select(".webhook-list tbody tr").text()).contains("No (registered elsewhere)");
    }

    @Test
    void aUrlThatCannotBeRegisteredIsAFormErrorAndRegistersNothing() throws Exception {
        for (String url : new String[] {"", "ftp://shop.example/hook", "http://shop.example/hook",
                "https://shop.example/hook#part", "https://" + "a".repeat(500) + ".example"}) {
            MockHttpServletResponse response = postAsAdmin(WEBHOOKS, Map.of("url", url));

            assertThat(response.getStatus()).as(url).isEqualTo(422);
            assertThat(html(response).select(".vipps-problem .problem-text").text()).as(url)
                    .startsWith("Enter a full https address");
        }
        assertThat(client.webhooks().list()).isEmpty();
    }

    @Test
    void anEventThePluginDoesNotKnowIsABadRequest() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(WEBHOOKS).with(admin()).with(csrf())
                .param("url", "https://shop.example/hook")
                .param("events", "epayments.payment.captured.v1", "recurring.agreement.stopped.v1"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(client.webhooks().list()).isEmpty();
    }

    @Test
    void aWebhookIdThatCannotBeOneIsNotFound() throws Exception {
        assertThat(postAsAdmin(WEBHOOKS + "/bad.id/delete", Map.of()).getStatus()).isEqualTo(404);
    }
}
