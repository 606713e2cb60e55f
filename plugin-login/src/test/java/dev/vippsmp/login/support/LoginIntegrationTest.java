package dev.vippsmp.login.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.simulator.VippsSimulator;
import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.testsupport.SharedService;
import dev.vippsmp.testsupport.SimulatorControl;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The login in the test host on H2 and a random loopback port, against a simulator of its own, over real HTTP. The
 * simulator registers {@code http://127.0.0.1/login/oauth2/code/vipps}, which matches the host on any port.
 */
@SpringBootTest(classes = LoginTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "server.address=127.0.0.1",
                "spring.datasource.url=jdbc:h2:mem:vipps-login;DB_CLOSE_DELAY=-1",
                "spring.jpa.open-in-view=false",
                "spring.messages.basename=vipps/login/messages,vipps/login/admin/messages",
                "spring.messages.fallback-to-system-locale=false",
                "vipps.test.merchant-serial-number=123456",
                "vipps.test.client-id=sim-client-id",
                "vipps.test.client-secret=sim-client-secret",
                "vipps.test.subscription-key=sim-subscription-key",
                "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "vipps.background-jobs.enabled=false",
                "vipps.system.plugin-name=vipps-login-tests",
                "vipps.login.enabled=true",
                "vipps.login.scopes=name,email,phoneNumber,address"})
public abstract class LoginIntegrationTest {

    public static final String KARI = "4791234567";
    public static final String OLA = "4798765432";
    public static final String INGRID = "4791111111";

    private static final SharedService<VippsSimulator> SIMULATOR = new SharedService<>(
            () -> VippsSimulator.start(Map.of()));

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestCustomers customers;
    @Autowired
    protected org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected VippsProperties vipps;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("vipps.base-url", LoginIntegrationTest::simulatorUrl);
    }

    protected static String simulatorUrl() {
        return SIMULATOR.get().baseUrl();
    }

    protected static SimulatorControl simulator() {
        return new SimulatorControl(simulatorUrl());
    }

    @BeforeEach
    void startClean() {
        simulator().reset();
        customers.reset();
        jdbc.update("delete from vipps_login_settings");
        // Removed behind the service's back, as on another node: seen once the refresh interval has passed.
        clock.advance(vipps.settings().refreshInterval());
    }

    protected String shop(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Starts a login in the shop and follows it to the simulator's app page; the app page's address. */
    protected String startLogin(Browserless browser) {
        Browserless.Page start = browser.get(shop("/oauth2/authorization/vipps"));
        assertThat(start.status()).as(start.body()).isEqualTo(302);
        assertThat(start.location()).startsWith(simulatorUrl() + "/access-management-1.0/access/oauth2/auth?");
        Browserless.Page authorize = browser.get(start.location());
        assertThat(authorize.status()).as(authorize.body()).isEqualTo(302);
        return authorize.location();
    }

    /** Logs in on the app page as the user; where the simulator sends the browser back to (the shop's callback). */
    protected String consent(Browserless browser, String appPage, String phone) {
        Browserless.Page answer = browser.postForm(simulatorUrl() + "/simulator/login/app", Map.of(
                "request", Browserless.params(appPage).get("request"), "phone", phone, "decision", "accept"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        assertThat(answer.location()).startsWith(shop("/login/oauth2/code/vipps?"));
        return answer.location();
    }

    /** The shop's answer to the callback, followed to the page it lands on. */
    protected Browserless.Page finish(Browserless browser, String callback) {
        Browserless.Page answer = browser.get(callback);
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return browser.get(answer.location().startsWith("http") ? answer.location() : shop(answer.location()));
    }

    /** A whole login as the user; the page the browser lands on. */
    protected Browserless.Page logIn(Browserless browser, String phone) {
        return finish(browser, consent(browser, startLogin(browser), phone));
    }
}
