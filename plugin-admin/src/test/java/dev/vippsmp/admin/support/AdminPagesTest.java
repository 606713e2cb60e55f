package dev.vippsmp.admin.support;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.Initiation;
import dev.vippsmp.core.payment.InitiationRequest;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.settings.SettingsService;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Base of the admin's page tests: one Spring context for all of them, pointed at the shared simulator. */
@AdminIntegrationTest
public abstract class AdminPagesTest {

    public static final String BASE = "/admin/vipps";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected SettingsService settings;
    @Autowired
    protected Payments payments;
    @Autowired
    protected VippsClient client;
    @Autowired
    protected TestShop shop;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @AfterEach
    void clearSimulatorFaults() {
        Simulator.control().clearFaults();
    }

    protected static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    protected MockHttpServletResponse getAsAdmin(String path) throws Exception {
        return mvc.perform(get(path).with(admin())).andReturn().getResponse();
    }

    /** Posts the form fields as an admin with a valid CSRF token, as the page's form would. */
    protected MockHttpServletResponse postAsAdmin(String path, Map<String, String> fields) throws Exception {
        return postForResult(path, fields).getResponse();
    }

    /** The same, with what the request left behind (e.g. the flash attributes of a redirect). */
    protected MvcResult postForResult(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(admin()).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    protected static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    /** A payment for a new order of the amount, approved by the test user and completed: money reserved. */
    protected String authorizedPayment(long amountMinor) {
        Initiation initiation = payments.initiation().initiate(InitiationRequest.checkout(shop.newOrder(amountMinor),
                "https://shop.example/return"));
        client.payments().forceApprove(initiation.reference(), TEST_USER);
        payments.completion().complete(initiation.reference(), Trigger.RETURN_PAGE);
        return initiation.reference();
    }

    /** Rows of the plugin's tables a refused request could have written to. */
    protected Map<String, Object> writtenRows() {
        return jdbc.queryForMap("select (select count(*) from vipps_settings_audit) audit, "
                + "(select coalesce(max(version), 0) from vipps_settings) settings_version, "
                + "(select coalesce(sum(version), 0) from vipps_payment) payment_versions, "
                + "(select count(*) from vipps_webhook_registration) webhooks");
    }
}
