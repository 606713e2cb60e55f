package dev.vippsmp.demoshop.vipps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vippsmp.testsupport.BrowserWait;
import dev.vippsmp.testsupport.Chromium;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

/**
 * Paying at the shop's checkout with Vipps, in a real browser through the simulator's landing page: the money is
 * reserved at approval and captured when the admin ships the order; a rejected payment is tried again and paid as
 * a new attempt of the same order; and a buyer who finishes in another browser is shown the right page there.
 */
class VippsCheckoutBrowserTest extends SandboxBrowserTest {

    private void checkOutWithVipps(String slug, String email) {
        addToCart(slug, 1);
        open("/checkout");
        fillContactDetails("Kari", "Nordmann", email, "912 34 567");
        fillDeliveryAddress("Storgata 1", "0155", "Oslo", "NO");
        acceptTermsAndPlaceOrder();
        waitForLandingPage();
    }

    @Test
    void aShippedProductIsReservedAtApprovalAndCapturedWhenTheAdminShipsIt() {
        addToCart("wool-blanket", 1);
        open("/checkout");
        // Vipps comes first and starts out chosen, with its logo and the vendor's wording.
        assertThat(find("input[name=paymentMethod][value=vipps]").isSelected()).isTrue();
        assertThat(text("#payment-options")).contains("Vipps", "You confirm the payment in the Vipps app.");
        assertThat(find("#payment-options img.choice-logo").getAttribute("src")).contains("/vipps/checkout/vipps");
        fillContactDetails("Kari", "Nordmann", "kari.ships@example.com", "912 34 567");
        fillDeliveryAddress("Storgata 1", "0155", "Oslo", "NO");
        choose("shippingMethod", "home-delivery");
        acceptTermsAndPlaceOrder();
        waitForLandingPage();
        // The buyer's number from checkout is the one the app asks to confirm.
        assertThat(find("#phone").getAttribute("value")).isEqualTo("4791234567");
        logInToApp();
        approveInApp();

        assertThat(returnPageSettles()).isEqualTo("PAID");
        assertThat(text("#vipps-title")).isEqualTo("Thank you for your order!");
        assertThat(text("#vipps-total")).isEqualTo("NOK 1,448.00");
        long order = orderOnReturnPage();
        String reference = text("#vipps-reference");
        assertThat(orderStatus(order)).isEqualTo("PROCESSING");
        assertThat(simulator().aggregate(reference, "authorizedAmount")).isEqualTo(144_800);
        assertThat(simulator().aggregate(reference, "capturedAmount")).isZero();
        clickToNewPage("#vipps-order-page");
        waitForPath("/orders/" + order);
        assertThat(text("#payment-method")).isEqualTo("Vipps");

        logInAsAdmin();
        open("/admin/orders/" + order);
        type("#note", "Sent with Posten");
        clickToNewPage("#status-change button[value=SHIPPED]");
        waitForPath("/admin/orders/" + order);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(simulator().aggregate(reference, "capturedAmount")).isEqualTo(144_800));
        assertThat(jdbc.queryForObject("select status from vipps_payment where reference = ?", String.class,
                reference)).isEqualTo("CAPTURED");
        assertThat(orderStatus(order)).isEqualTo("SHIPPED");
    }

    @Test
    void aRejectedPaymentIsTriedAgainAsANewAttemptOfTheSameOrderAndPaid() {
        checkOutWithVipps("enamel-mug", "kari.again@example.com");
        logInToApp();
        rejectInApp();

        assertThat(returnPageSettles()).isEqualTo("REJECTED");
        assertThat(text("#vipps-title")).isEqualTo("The payment was cancelled");
        long order = orderOnReturnPage();
        assertThat(text("#vipps-reference")).isEqualTo("fjellbu-" + order + "-1");
        assertThat(orderStatus(order)).isEqualTo("FAILED");

        clickToLandingPage("#vipps-retry button");
        logInToApp();
        approveInApp();

        assertThat(returnPageSettles()).isEqualTo("PAID");
        assertThat(text("#vipps-reference")).isEqualTo("fjellbu-" + order + "-2");
        assertThat(simulator().payment("fjellbu-" + order + "-1").get("state").asString()).isEqualTo("ABORTED");
        assertThat(simulator().payment("fjellbu-" + order + "-2").get("state").asString()).isEqualTo("AUTHORIZED");
        assertThat(orderStatus(order)).isEqualTo("PROCESSING");
        assertThat(jdbc.queryForList("select to_status from order_status_change where order_id = ? order by id",
                String.class, order)).containsExactly("PENDING_PAYMENT", "FAILED", "PENDING_PAYMENT", "PROCESSING");
    }

    @Test
    void aBuyerWhoFinishesInAnotherBrowserSeesThePaymentThereAndInTheFirst() {
        checkOutWithVipps("cheese-slicer", "kari.phone@example.com");
        String landing = browser().getCurrentUrl();
        JsonNode payment = simulator().newestPayment();
        String returnUrl = payment.get("returnUrl").asString();

        ChromeDriver phone = Chromium.newDriver(options -> options.addArguments("--lang=en-GB"));
        try {
            phone.get(landing);
            BrowserWait onPhone = BrowserWait.on(phone);
            onPhone.clickToPage(By.id("next"), "landing/confirm");
            onPhone.clickToNewPage(By.id("approve"));
            onPhone.within(RETURN_PAGE_SETTLES).until("the phone's return page to say paid", driver ->
                    "PAID".equals(driver.findElement(By.cssSelector("[data-vipps-state]"))
                            .getAttribute("data-vipps-state")));
            assertThat(phone.getCurrentUrl()).isEqualTo(returnUrl);
            assertThat(phone.manage().getCookies()).extracting(cookie -> cookie.getName())
                    .doesNotContain("shop_cart");
        } finally {
            phone.quit();
        }

        // Back in the first browser, which never came back from the app: the same page says paid.
        browser().get(returnUrl);
        assertThat(returnPageSettles()).isEqualTo("PAID");
        assertThat(orderStatus(orderOnReturnPage())).isEqualTo("PROCESSING");
        List<JsonNode> webhooks = simulator().outbound(payment.get("reference").asString());
        assertThat(webhooks).anySatisfy(sent -> assertThat(sent.get("event").asString())
                .isEqualTo("epayments.payment.authorized.v1"));
    }
}
