package dev.vippsmp.recurring.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.recurring.SubscriptionCharge;
import dev.vippsmp.recurring.SubscriptionEvent;
import dev.vippsmp.recurring.SubscriptionStatus;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.polling.RecurringJobs;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.recurring.support.RecurringHost;
import dev.vippsmp.recurring.support.Simulator;
import dev.vippsmp.recurring.support.SubscriberShop;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The subscription pages through the host's security filter chain, on H2, against the simulator over HTTP (agreements
 * agreed to there, charges made by the charging job and failed by the simulator): what the list and an agreement's
 * page show, and that refused requests (unknown, malformed, without CSRF token or admin role, from a stale page, a
 * bad amount) change nothing, at the plugin or at the vendor.
 */
@SpringBootTest(classes = {RecurringHost.class, AdminSecurity.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:vipps-recurring-admin;DB_CLOSE_DELAY=-1",
        "spring.jpa.open-in-view=false",
        "vipps.test.merchant-serial-number=123456",
        "vipps.test.client-id=sim-client-id",
        "vipps.test.client-secret=sim-client-secret",
        "vipps.test.subscription-key=sim-subscription-key",
        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "vipps.background-jobs.enabled=false",
        "vipps.http.initial-delay=1ms",
        "vipps.http.max-delay=10ms",
        "vipps.http.jitter=0ms",
        "vipps.recurring.lead-time=P7D",
        "vipps.recurring.retry-days=0",
        "vipps.recurring.poll-interval=PT1S",
        "vipps.recurring.max-poll-interval=PT2S",
        "vipps.system.plugin-name=vipps-recurring-tests",
        "vipps.admin.page-size=5"})
@AutoConfigureMockMvc
class SubscriptionPagesTest {

    private static final String LIST = "/admin/vipps/subscriptions";
    private static final String CUSTOMER = SubscriberShop.CUSTOMER;

    @Autowired
    MockMvc mvc;
    @Autowired
    VippsSubscriptions subscriptions;
    @Autowired
    VippsClient client;
    @Autowired
    SubscriberShop shop;
    @Autowired
    RecurringJobs jobs;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private SubscriptionFixtures fixtures;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", Simulator::baseUrl);
    }

    @BeforeEach
    void startAfresh() {
        SubscriptionFixtures.startAfresh(jdbc, clock);
        fixtures = new SubscriptionFixtures(subscriptions, shop, jobs, clock);
    }

    @Test
    void theListShowsACustomersAgreementsNewestFirstWithPriceIntervalNextChargeAndLastFailure() throws Exception {
        String active = fixtures.activeAgreement(29_900, IntervalUnit.WEEK);
        fixtures.failNextPeriod(active, "user_action_required", "Insufficient funds");
        String pending = fixtures.pendingAgreement(14_900, IntervalUnit.MONTH);

        Document page = html(getAsAdmin(LIST + "?q=" + CUSTOMER, Locale.ENGLISH));

        assertThat(page.select("#subscriptions tbody tr").eachAttr("data-agreement"))
                .containsExactly(pending, active);
        Element row = page.selectFirst("tr[data-agreement=" + active + "]");
        assertThat(row.select("td").eachText()).containsSequence("Active", "Coffee box", "NOK 299.00",
                "every week");
        assertThat(row.selectFirst(".next-due").text()).isNotEqualTo("–");
        assertThat(row.selectFirst(".last-failure").text())
                .isEqualTo("The subscriber must act in the app, e.g. for insufficient funds or an expired card.");
        Element pendingRow = page.selectFirst("tr[data-agreement=" + pending + "]");
        assertThat(pendingRow.select("td").eachText()).contains("Waiting for the subscriber", "NOK 149.00");
        assertThat(pendingRow.selectFirst(".next-due").text()).isEqualTo("–");
        assertThat(page.selectFirst("#subscription-count").text()).isEqualTo("2 subscriptions");
        assertThat(page.selectFirst(".vipps-tabs a[aria-current=page]").text()).isEqualTo("Subscriptions");
    }

    @Test
    void theListFiltersByStatusAndFindsAnAgreementByItsIdOrItsOrder() throws Exception {
        String active = fixtures.activeAgreement(29_900, IntervalUnit.MONTH);
        String order = subscriptions.find(active).orElseThrow().orderId();
        String pending = fixtures.pendingAgreement(14_900, IntervalUnit.MONTH);

        assertThat(agreementsOn(LIST + "?q=" + CUSTOMER + "&status=PENDING")).containsExactly(pending);
        assertThat(agreementsOn(LIST + "?q=" + CUSTOMER + "&status=ACTIVE")).containsExactly(active);
        assertThat(agreementsOn(LIST + "?q=" + order)).containsExactly(active);
        assertThat(agreementsOn(LIST + "?q=" + pending)).containsExactly(pending);
        assertThat(agreementsOn(LIST + "?status=PENDING")).contains(pending).doesNotContain(active);
        assertThat(agreementsOn(LIST + "?status=STOPPED")).isEmpty();
        assertThat(html(getAsAdmin(LIST + "?q=nobody-" + CUSTOMER, Locale.ENGLISH)).selectFirst("#no-subscriptions"))
                .isNotNull();
    }

    @Test
    void theListIsPagedNewestFirst() throws Exception {
        List<String> made = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(0, fixtures.pendingAgreement(14_900, IntervalUnit.MONTH));
        }

        Document first = html(getAsAdmin(LIST, Locale.ENGLISH));
        assertThat(first.select("#subscriptions tbody tr").eachAttr("data-agreement"))
                .containsExactlyElementsOf(made.subList(0, 5));
        assertThat(first.selectFirst(".pager").text()).contains("Page 1 of 2");
        assertThat(agreementsOn(LIST + "?page=1")).containsExactly(made.get(5));
        assertThat(first.selectFirst("#subscription-count").text()).isEqualTo("6 subscriptions");
    }

    @Test
    void aChargesFailureReasonIsInTheAdminsLanguageBesideTheVendorsWords() throws Exception {
        String agreement = fixtures.activeAgreement(29_900, IntervalUnit.WEEK);
        fixtures.failNextPeriod(agreement, "charge_amount_too_high", "Amount too high");

        Document english = html(getAsAdmin(LIST + "/" + agreement, Locale.ENGLISH));
        Document norwegian = html(getAsAdmin(LIST + "/" + agreement, Locale.forLanguageTag("nb-NO")));

        assertThat(english.selectFirst("tr[data-period=1] .failure-reason").text())
                .isEqualTo("The amount is above the agreement's maximum.");
        assertThat(norwegian.selectFirst("tr[data-period=1] .failure-reason").text())
                .isEqualTo("Beløpet er høyere enn avtalens maksimum.");
        assertThat(norwegian.selectFirst("tr[data-period=1] .failure-description").text())
                .isEqualTo("Amount too high");
        assertThat(norwegian.selectFirst("tr[data-period=1] .charge-state").text()).isEqualTo("Feilet");
        assertThat(norwegian.selectFirst("tr[data-period=0] .charge-state").text()).isEqualTo("Trukket");
        assertThat(norwegian.selectFirst("#price").text()).isEqualTo("NOK 299,00");
        assertThat(norwegian.selectFirst("#interval").text()).isEqualTo("hver uke");
        assertThat(english.select("#events tbody tr").eachAttr("data-event"))
                .containsSubsequence("AGREEMENT_CREATED", "AGREEMENT_ACTIVE", "PERIOD_FAILED");
    }

    @Test
    void theEventLogIsInTheAdminsWordsWithMoneyAndDatesInTheAdminsFormatAndTheRawCodesKept() throws Exception {
        String agreement = fixtures.activeAgreement(29_900, IntervalUnit.WEEK);
        fixtures.failNextPeriod(agreement, "user_action_required", "Insufficient funds");
        java.time.LocalDate due = subscriptions.charges(agreement).stream().filter(c -> c.period() == 1)
                .findFirst().orElseThrow().due();

        Document english = html(getAsAdmin(LIST + "/" + agreement, Locale.ENGLISH));
        Document norwegian = html(getAsAdmin(LIST + "/" + agreement, Locale.forLanguageTag("nb-NO")));

        Element claimedEn = english.selectFirst("#events tr[data-event=CHARGE_CLAIMED]");
        assertThat(claimedEn.selectFirst(".event-type").text()).isEqualTo("Period claimed for charging");
        assertThat(claimedEn.selectFirst(".event-type").attr("title")).isEqualTo("CHARGE_CLAIMED");
        assertThat(claimedEn.selectFirst(".event-source").text()).isEqualTo("Charging job");
        assertThat(claimedEn.selectFirst(".event-source").attr("title")).isEqualTo("JOB");
        assertThat(claimedEn.selectFirst(".event-amount").text()).isEqualTo("NOK 299.00");
        assertThat(claimedEn.selectFirst(".event-due").text()).isEqualTo("due " + java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(due));
        Element claimedNb = norwegian.selectFirst("#events tr[data-event=CHARGE_CLAIMED]");
        assertThat(claimedNb.selectFirst(".event-type").text()).isEqualTo("Periode tatt til trekk");
        assertThat(claimedNb.selectFirst(".event-source").text()).isEqualTo("Trekkjobben");
        assertThat(claimedNb.selectFirst(".event-amount").text()).isEqualTo("NOK 299,00");
        assertThat(claimedNb.selectFirst(".event-due").text()).isEqualTo("forfall " + java.time.format
                .DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("nb-NO")).format(due));

        Element created = norwegian.selectFirst("#events tr[data-event=AGREEMENT_CREATED]");
        assertThat(created.selectFirst(".event-type").text()).isEqualTo("Avtale opprettet");
        assertThat(created.selectFirst(".event-source").text()).isEqualTo("Butikken");
        assertThat(created.selectFirst(".event-reference").text())
                .isEqualTo(subscriptions.find(agreement).orElseThrow().orderId());
        Element active = english.selectFirst("#events tr[data-event=AGREEMENT_ACTIVE]");
        assertThat(active.selectFirst(".event-source").text()).isEqualTo("Return page");
        assertThat(active.selectFirst(".event-state").text()).isEqualTo("At Vipps MobilePay: ACTIVE");

        Element failedNb = norwegian.selectFirst("#events tr[data-event=PERIOD_FAILED]");
        assertThat(failedNb.selectFirst(".event-type").text()).isEqualTo("Butikken varslet: periode feilet");
        assertThat(failedNb.selectFirst(".event-source").text()).isEqualTo("Avlesningen");
        assertThat(failedNb.selectFirst(".event-reason").text())
                .isEqualTo("Abonnenten må gjøre noe i appen, for eksempel ved manglende dekning eller utløpt kort.");
        assertThat(failedNb.selectFirst(".event-reason").attr("title")).isEqualTo("user_action_required");
        assertThat(failedNb.selectFirst(".event-description").text()).isEqualTo("Insufficient funds");
        assertThat(failedNb.selectFirst(".event-amount").text()).isEqualTo("NOK 299,00");
        assertThat(english.select("#events .event-type").eachText()).noneMatch(text -> text.matches("[A-Z_]+"))
                .noneMatch(text -> text.startsWith("??"));
        assertThat(english.select("#events .event-detail").eachText())
                .noneMatch(text -> text.contains("29900") || text.contains("user_action_required"));
    }

    @Test
    void anUnknownOrMalformedAgreementIsNotFound() throws Exception {
        MockHttpServletResponse unknown = getAsAdmin(LIST + "/agr_doesNotExist", Locale.ENGLISH);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(html(unknown).selectFirst(".error-message").text()).isEqualTo("There is no such subscription.");
        assertThat(mvc.perform(get(LIST + "/{id}", "<script>").with(admin())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(postAsAdmin(LIST + "/agr_doesNotExist/stop", "version", "0").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aMalformedSearchStatusOrPageIsABadRequest() throws Exception {
        for (List<String> query : List.of(List.of("status", "SLEEPING"), List.of("q", "<b>"),
                List.of("q", "two words"), List.of("page", "-1"), List.of("page", "abc"))) {
            MockHttpServletResponse response = mvc.perform(get(LIST).with(admin()).param(query.get(0), query.get(1)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(query.toString()).isEqualTo(400);
            assertThat(html(response).selectFirst(".error-message")).as(query.toString()).isNotNull();
        }
    }

    @Test
    void stoppingNeedsTheAdminRoleACsrfTokenAndTheVersionTheAdminSaw() throws Exception {
        String agreement = fixtures.activeAgreement(29_900, IntervalUnit.MONTH);
        long version = subscriptions.find(agreement).orElseThrow().version();
        String stop = LIST + "/" + agreement + "/stop";

        assertThat(mvc.perform(post(stop).with(admin()).param("version", String.valueOf(version))).andReturn()
                .getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(mvc.perform(post(stop).with(user("clerk").roles("CLERK")).with(csrf())
                .param("version", String.valueOf(version))).andReturn().getResponse().getStatus())
                .as("no admin role").isEqualTo(403);
        MockHttpServletResponse stale = postAsAdmin(stop, "version", String.valueOf(version - 1)).getResponse();
        assertThat(stale.getStatus()).as("stale page").isEqualTo(409);
        assertThat(html(stale).selectFirst(".vipps-problem").text())
                .contains("The subscription changed since the page was shown");
        assertThat(subscriptions.find(agreement).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(client.recurring().getAgreement(agreement).status()).isEqualTo("ACTIVE");
        assertThat(postAsAdmin(stop, "version", "").getResponse().getStatus()).as("no version").isEqualTo(400);

        MvcResult stopped = postAsAdmin(stop, "version", String.valueOf(version));

        assertThat(stopped.getResponse().getStatus()).isEqualTo(302);
        assertThat(stopped.getResponse().getRedirectedUrl()).isEqualTo(LIST + "/" + agreement);
        assertThat(stopped.getFlashMap().get("done")).isEqualTo("stop");
        assertThat(subscriptions.find(agreement).orElseThrow().status()).isEqualTo(SubscriptionStatus.STOPPED);
        assertThat(client.recurring().getAgreement(agreement).status()).isEqualTo("STOPPED");
        assertThat(subscriptions.events(agreement)).extracting(SubscriptionEvent::event, SubscriptionEvent::trigger)
                .contains(org.assertj.core.groups.Tuple.tuple("AGREEMENT_STOPPED", "ADMIN"));
        Document page = html(getAsAdmin(LIST + "/" + agreement, Locale.ENGLISH));
        assertThat(page.selectFirst("#stop-subscription").hasAttr("disabled")).isTrue();
    }

    @Test
    void aRefundReadsTheAmountInMajorUnitsAndABadOneIsRefusedWithoutAskingTheVendor() throws Exception {
        String agreement = fixtures.activeAgreement(29_900, IntervalUnit.MONTH);
        String refund = LIST + "/" + agreement + "/charges/0/refund";

        for (String bad : List.of("", "abc", "1,234", "-5", "0", "1e3")) {
            MockHttpServletResponse response = postAsAdmin(refund, "amount", bad).getResponse();
            assertThat(response.getStatus()).as("'%s'", bad).isEqualTo(400);
            assertThat(html(response).selectFirst(".vipps-problem")).as("'%s'", bad).isNotNull();
        }
        MockHttpServletResponse tooMuch = postAsAdmin(refund, "amount", "299,01").getResponse();
        assertThat(tooMuch.getStatus()).isEqualTo(422);
        assertThat(html(tooMuch).selectFirst(".vipps-problem").text()).contains("At most NOK 299.00 can be refunded.");
        assertThat(mvc.perform(post(refund).with(admin()).param("amount", "10")).andReturn().getResponse()
                .getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(postAsAdmin(LIST + "/" + agreement + "/charges/7/refund", "amount", "10").getResponse()
                .getStatus()).as("no such period").isEqualTo(404);
        assertThat(postAsAdmin(LIST + "/" + agreement + "/charges/first/refund", "amount", "10").getResponse()
                .getStatus()).as("not a period").isEqualTo(400);
        SubscriptionCharge untouched = subscriptions.charges(agreement).get(0);
        assertThat(untouched.refunded()).isZero();
        assertThat(client.recurring().getCharge(agreement, untouched.chargeId()).summary().refunded()).isZero();
        assertThat(subscriptions.events(agreement)).extracting(SubscriptionEvent::event)
                .doesNotContain("REFUND_REQUESTED");

        MvcResult refunded = postAsAdmin(refund, "amount", "100,50");

        assertThat(refunded.getResponse().getStatus()).isEqualTo(302);
        assertThat(refunded.getFlashMap().get("done")).isEqualTo("refund");
        assertThat(refunded.getFlashMap().get("doneAmount")).isEqualTo("NOK\u00a0100.50");
        assertThat(client.recurring().getCharge(agreement, untouched.chargeId()).summary().refunded())
                .isEqualTo(10_050);
        assertThat(subscriptions.charges(agreement).get(0).refunded()).isEqualTo(10_050);
        assertThat(subscriptions.events(agreement)).extracting(SubscriptionEvent::event, SubscriptionEvent::trigger)
                .contains(org.assertj.core.groups.Tuple.tuple("REFUND_REQUESTED", "ADMIN"));
    }

    private List<String> agreementsOn(String path) throws Exception {
        MockHttpServletResponse response = getAsAdmin(path, Locale.ENGLISH);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return html(response).select("#subscriptions tbody tr").eachAttr("data-agreement");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private MockHttpServletResponse getAsAdmin(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).with(admin()).locale(locale)).andReturn().getResponse();
    }

    private MvcResult postAsAdmin(String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(admin()).with(csrf()).locale(Locale.ENGLISH);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }
}
