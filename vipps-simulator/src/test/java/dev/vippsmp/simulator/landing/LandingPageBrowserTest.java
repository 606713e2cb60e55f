package dev.vippsmp.simulator.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.simulator.epayment.ExpressTestBodies;
import dev.vippsmp.simulator.support.Api;
import dev.vippsmp.simulator.support.Receiver;
import dev.vippsmp.simulator.support.Simulators;
import dev.vippsmp.simulator.support.TestPayments;
import dev.vippsmp.testsupport.BrowserWait;
import dev.vippsmp.testsupport.Chromium;
import dev.vippsmp.testsupport.RequiresChromium;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

/**
 * The landing page in a real headless Chromium, as a shopper would go through it: Express with fixed and dynamic
 * shipping (including an address the shop cannot ship to), profile sharing, and the ways a payment fails.
 */
@RequiresChromium
class LandingPageBrowserTest {

    private static final String GROUPS = """
            {"groups":[{"brand":"BRING","type":"HOME_DELIVERY","isDefault":true,"priority":1,"options":[
              {"id":"bring-home","name":"Bring to your door","amount":{"currency":"NOK","value":12900},
               "isDefault":true,"priority":1,"estimatedDelivery":"Tomorrow"}]}]}""";

    private static ChromeDriver browser;
    private static Receiver shop;
    private final Api api = new Api(Simulators.with(Simulators.FAST_WEBHOOKS).baseUrl());

    @BeforeAll
    static void start() {
        browser = Chromium.newDriver();
        shop = new Receiver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @BeforeEach
    void reset() {
        TestPayments.reset(api);
        shop.clear();
        shop.answer(request -> request.path().equals("/shipping")
                ? (Api.JSON.readTree(request.body()).get("PostCode").asString().equals("9999")
                        ? Receiver.Answer.status(400) : Receiver.Answer.ok(GROUPS))
                : new Receiver.Answer(200, "<html><title>Shop</title><body data-page='shop/return'>"
                        + "<p id='back'>Back in the shop</p></body></html>",
                        "text/html", 0));
    }

    private String create(String body) {
        Api.Response created = api.post("/epayment/v1/payments", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("redirectUrl").asString();
    }

    private String withShopReturn(String body) {
        return body.replace("https://shop.example.com/return", shop.url("/return"));
    }

    private BrowserWait browserWait() {
        return BrowserWait.on(browser);
    }

    private WebElement element(String id) {
        return browserWait().visible(By.id(id));
    }

    /** Clicks a radio button or another control that stays on the page. */
    private void click(String id) {
        browserWait().click(By.id(id));
    }

    /** Clicks a button that submits a form, and waits until the next page has replaced this one and loaded. */
    private void submit(String id) {
        browserWait().clickToNewPage(By.id(id));
    }

    private List<String> claims() {
        element("claims");
        return browser.findElements(By.cssSelector("#claims li")).stream().map(WebElement::getText).toList();
    }

    private void logIn(String phone) {
        WebElement field = element("phone");
        field.clear();
        field.sendKeys(phone);
        submit("next");
    }

    private void awaitBackInTheShop() {
        assertThat(browserWait().forAddress(shop.url("/return"))).isEqualTo("shop/return");
        assertThat(element("back").getText()).isEqualTo("Back in the shop");
    }

    private JsonNode awaitPayment(String reference) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> TestPayments.get(api, reference),
                payment -> !payment.get("state").asString().equals("CREATED") && payment.get("profile").has("sub"));
    }

    @Test
    void expressWithFixedOptionsAddsTheChosenDeliveryToTheTotal() {
        String reference = TestPayments.reference();
        browser.get(create(withShopReturn(ExpressTestBodies.express(reference))));

        assertThat(element("merchant").getText()).isEqualTo("Demo Shop Norge");
        assertThat(element("amount").getText()).isEqualTo("NOK 200.00");
        logIn("4798765432");
        assertThat(claims()).containsExactly("Name", "Addresses", "Email address", "Phone number");
        submit("accept-consent");
        click("address-2");
        submit("continue");
        assertThat(element("option-posten-pickup").isSelected()).isTrue();
        click("option-helthjem-home");
        submit("continue");
        assertThat(element("total").getText()).isEqualTo("NOK 299.00");
        assertThat(element("delivery").getText()).contains("Home delivery", "Munkegata 10", "7011 Trondheim");
        submit("approve");

        awaitBackInTheShop();
        JsonNode payment = awaitPayment(reference);
        assertThat(payment.get("state").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("amount").get("value").asLong()).isEqualTo(29900);
        assertThat(payment.get("shippingDetails").get("address").get("addressLine1").asString()).isEqualTo("Munkegata 10");
        assertThat(payment.get("userDetails").get("firstName").asString()).isEqualTo("Ola");
    }

    @Test
    void expressWithDynamicOptionsAsksTheShopAndShowsWhenItCannotShip() {
        String reference = TestPayments.reference();
        String shipping = "{\"dynamicOptions\":{\"callbackUrl\":\"" + shop.url("/shipping")
                + "\",\"callbackAuthorizationToken\":\"shop-callback-token\"}}";
        browser.get(create(withShopReturn(ExpressTestBodies.express(reference, shipping))));

        logIn("4791234567");
        submit("accept-consent");
        click("address-new");
        element("addressLine1").sendKeys("Fyrlykta 1");
        element("postCode").sendKeys("9999");
        element("city").sendKeys("Utvær");
        submit("continue");
        assertThat(element("message").getText()).contains("cannot ship to", "Fyrlykta 1");

        click("address-0");
        submit("continue");
        assertThat(element("option-bring-home").isSelected()).isTrue();
        submit("continue");
        assertThat(element("total").getText()).isEqualTo("NOK 329.00");
        submit("approve");

        awaitBackInTheShop();
        List<Receiver.Received> callbacks = shop.received("/shipping");
        assertThat(callbacks).hasSize(2);
        assertThat(callbacks).allMatch(callback -> "shop-callback-token".equals(callback.header("Authorization")));
        assertThat(Api.JSON.readTree(callbacks.get(0).body()).get("City").asString()).isEqualTo("Utvær");
        assertThat(Api.JSON.readTree(callbacks.get(1).body()).get("AddressLine1").asString())
                .isEqualTo("Robert Levins gate 5");
        JsonNode payment = awaitPayment(reference);
        assertThat(payment.get("shippingDetails").get("shippingOptionId").asString()).isEqualTo("bring-home");
        assertThat(payment.get("aggregate").get("authorizedAmount").get("value").asLong()).isEqualTo(32900);
    }

    @Test
    void profileSharingAsksOnlyForTheRequestedClaimsAndNoAddress() {
        String reference = TestPayments.reference();
        browser.get(create(withShopReturn(TestPayments.body(reference, "NOK", 4900)
                .replace("\"userFlow\"", "\"profile\":{\"scope\":\"name email phoneNumber\"},\"userFlow\""))
                .replace("https://shop.example.com/return?order=" + reference, shop.url("/return"))));

        logIn("4512345678");
        assertThat(claims()).containsExactly("Name", "Email address", "Phone number");
        submit("accept-consent");
        assertThat(element("total").getText()).isEqualTo("NOK 49.00");
        assertThat(browser.findElements(By.id("delivery"))).isEmpty();
        submit("approve");

        awaitBackInTheShop();
        String sub = awaitPayment(reference).get("profile").get("sub").asString();
        JsonNode userinfo = api.get("/vipps-userinfo-api/userinfo/" + sub).json();
        assertThat(userinfo.get("name").asString()).isEqualTo("Mette Hansen");
        assertThat(userinfo.has("address")).isFalse();
    }

    @Test
    void profileSharingWithTheAddressAsksConsentForItButNeverForADelivery() {
        String reference = TestPayments.reference();
        browser.get(create(TestPayments.body(reference, "NOK", 4900)
                .replace("\"userFlow\"", "\"profile\":{\"scope\":\"name address email phoneNumber\"},\"userFlow\"")
                .replace("https://shop.example.com/return?order=" + reference, shop.url("/return"))));

        logIn("4791234567");
        assertThat(claims()).containsExactly("Name", "Addresses", "Email address", "Phone number");
        submit("accept-consent");
        assertThat(element("total").getText()).isEqualTo("NOK 49.00");
        assertThat(browser.findElements(By.id("delivery"))).isEmpty();
        submit("approve");

        awaitBackInTheShop();
        JsonNode payment = awaitPayment(reference);
        assertThat(payment.has("shippingDetails")).isFalse();
        assertThat(payment.get("userDetails").get("addresses").get(0).get("addressLine1").asString())
                .isEqualTo("Robert Levins gate 5");
    }

    @Test
    void aDeclinedCardIsShownAndTheShopperMayThenReject() {
        String reference = TestPayments.reference();
        browser.get(create(TestPayments.body(reference, "NOK", 151)
                .replace("https://shop.example.com/return?order=" + reference, shop.url("/return"))));

        logIn("4791234567");
        submit("approve");
        assertThat(element("message").getText()).contains("declined", "Insufficient funds");
        submit("reject");

        awaitBackInTheShop();
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("ABORTED");
    }

    @Test
    void refusingToShareAbortsAndAnUnknownNumberIsExplained() {
        String reference = TestPayments.reference();
        browser.get(create(TestPayments.body(reference, "NOK", 1000)
                .replace("https://shop.example.com/return?order=" + reference, shop.url("/return"))
                .replace("\"userFlow\"", "\"profile\":{\"scope\":\"email\"},\"userFlow\"")));

        logIn("4700000000");
        assertThat(element("message").getText()).contains("No app user");
        logIn("4791234567");
        submit("decline-consent");

        awaitBackInTheShop();
        assertThat(TestPayments.get(api, reference).get("state").asString()).isEqualTo("ABORTED");
        browser.navigate().back();
        browser.navigate().refresh();
        assertThat(element("state").getText()).isEqualTo("The payment was rejected.");
    }
}
