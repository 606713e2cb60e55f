package dev.vippsmp.demoshop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.demoshop.testing.ShopApplicationTest;
import dev.vippsmp.demoshop.testing.ShopClient;
import dev.vippsmp.demoshop.testing.ShopClient.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin area: only for a logged-in admin, and every refused status change leaves the order as it was. */
class AdminWebTest extends ShopApplicationTest {

    private long orderId;

    @BeforeEach
    void placeAnOrderThatShips() {
        orderId = newVisitor().buy("cheese-slicer").id();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        Response response = newVisitor().get("/admin/orders/" + orderId);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/admin/login");
        assertThat(newVisitor().get("/admin/login").html().select(".admin-nav")).isEmpty();
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        ShopClient visitor = newVisitor();

        Response login = visitor.postFrom("/admin/login", "/admin/login", Map.of("username", "admin", "password", "guess"));

        assertThat(login.location()).endsWith("/admin/login?error");
        assertThat(visitor.get(login.location()).text(".alert.error"))
                .isEqualTo("Wrong user name or password.");
        assertThat(visitor.get("/admin/orders").status()).isEqualTo(302);
    }

    @Test
    void anAnonymousStatusChangeIsNotApplied() {
        ShopClient visitor = newVisitor();
        WrittenRows before = writtenRows();

        Response response = visitor.postFrom("/products/enamel-mug", "/admin/orders/" + orderId + "/status",
                Map.of("from", "PROCESSING", "to", "SHIPPED"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/admin/login");
        assertThat(writtenRows()).isEqualTo(before);
    }

    @Test
    void aLoggedInAdminSeesTheOrderAndItsHistory() {
        ShopClient admin = newVisitor().loginAsAdmin("admin", "admin");

        Response list = admin.get("/admin/orders");
        Response detail = admin.get("/admin/orders/" + orderId);

        assertThat(list.html().select("tr[data-order=" + orderId + "]").text()).contains("Kari Nordmann", "Processing");
        assertThat(detail.text(".admin-nav a.active")).isEqualTo("Orders");
        assertThat(detail.html().select(".history tbody tr")).hasSize(2);
        assertThat(detail.html().select("#status-change button").eachAttr("value"))
                .containsExactlyInAnyOrder("SHIPPED", "COMPLETED", "CANCELLED", "REFUNDED");
    }

    @Test
    void aStatusChangeWithoutTheCsrfTokenIsForbidden() {
        ShopClient admin = newVisitor().loginAsAdmin("admin", "admin");
        WrittenRows before = writtenRows();

        Response response = admin.post("/admin/orders/" + orderId + "/status", Map.of("from", "PROCESSING", "to", "SHIPPED"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(writtenRows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "to = \"{0}\"")
    @ValueSource(strings = {"FLYING", "", "shipped;drop table shop_order"})
    void anUnknownStatusIsABadRequest(String to) {
        assertRefused(orderId, Map.of("from", "PROCESSING", "to", to), 400);
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsAConflictAndChangesNothing() {
        Response response = assertRefused(orderId, Map.of("from", "PROCESSING", "to", "PENDING_PAYMENT"), 409);

        assertThat(response.text(".alert.error")).startsWith("That status change is not allowed");
    }

    @Test
    void aChangeFromAStatusTheOrderNoLongerHasIsAConflict() {
        Response response = assertRefused(orderId, Map.of("from", "PENDING_PAYMENT", "to", "CANCELLED"), 409);

        assertThat(response.text(".alert.error")).startsWith("Someone changed this order");
    }

    @Test
    void anUnknownOrderIsNotFoundAndATooLongNoteIsABadRequest() {
        assertRefused(999_999_999L, Map.of("from", "PROCESSING", "to", "SHIPPED"), 404);
        assertRefused(orderId, Map.of("from", "PROCESSING", "to", "SHIPPED", "note", "n".repeat(501)), 400);
        assertThat(newVisitor().loginAsAdmin("admin", "admin").get("/admin/orders?status=FLYING").status())
                .isEqualTo(400);
    }

    @Test
    void anOrderWithNothingToShipCannotBeMarkedShipped() {
        long giftOrder = newVisitor().buy("gift-card").id();
        ShopClient admin = newVisitor().loginAsAdmin("admin", "admin");

        assertThat(admin.get("/admin/orders/" + giftOrder).html().select("#status-change button").eachAttr("value"))
                .doesNotContain("SHIPPED").contains("COMPLETED");
        assertThat(changeStatus(admin, giftOrder, Map.of("from", "PROCESSING", "to", "SHIPPED")).status()).isEqualTo(409);
        assertThat(changeStatus(admin, giftOrder, Map.of("from", "PROCESSING", "to", "COMPLETED")).status()).isEqualTo(302);
    }

    @Test
    void loggingOutEndsTheAdminSession() {
        ShopClient admin = newVisitor().loginAsAdmin("admin", "admin");

        Response logout = admin.postFrom("/admin/orders", "/admin/logout", Map.of());

        assertThat(logout.location()).endsWith("/admin/login?logout");
        assertThat(admin.get("/admin/orders").status()).isEqualTo(302);
    }

    private static Response changeStatus(ShopClient admin, long order, Map<String, String> fields) {
        return admin.postFrom("/admin/orders", "/admin/orders/" + order + "/status", new HashMap<>(fields));
    }

    /** A logged-in admin's status change that must be refused with the status and leave everything as it was. */
    private Response assertRefused(long order, Map<String, String> fields, int status) {
        ShopClient admin = newVisitor().loginAsAdmin("admin", "admin");
        WrittenRows before = writtenRows();

        Response response = changeStatus(admin, order, fields);

        assertThat(response.status()).isEqualTo(status);
        assertThat(writtenRows()).isEqualTo(before);
        return response;
    }
}
