package dev.vippsmp.simulator.ordermanagement;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.epayment.Payment;
import dev.vippsmp.simulator.epayment.PaymentStore;
import dev.vippsmp.simulator.epayment.ReceiptValidator;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.http.UrlPolicy;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The Order Management API (v2): order lines (a receipt, immutable once given, also when it came with the payment)
 * and a category (a link shown in the app; the latest wins). For ECOM, the order id is the payment's reference.
 */
@RestController
class OrderController {

    private static final Pattern ORDER_ID = Pattern.compile("^[0-9A-Za-z-_.]+$");
    private static final Pattern IMAGE_ID = Pattern.compile("^[0-9A-Za-z-_.]{1,128}$");
    private static final Set<String> PAYMENT_TYPES = Set.of("ECOM", "RECURRING");
    private static final Set<String> CATEGORIES = Set.of("GENERAL", "RECEIPT", "ORDER_CONFIRMATION", "DELIVERY",
            "TICKET", "BOOKING");

    private final OrderStore orders;
    private final PaymentStore payments;
    private final UrlPolicy urls;

    OrderController(OrderStore orders, PaymentStore payments, UrlPolicy urls) {
        this.orders = orders;
        this.payments = payments;
        this.urls = urls;
    }

    @PostMapping("/order-management/v2/{paymentType}/receipts/{orderId}")
    ResponseEntity<String> addReceipt(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String paymentType,
            @PathVariable String orderId, HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Payment payment = order(caller, paymentType, orderId);
        Fields receipt = Fields.parse(request, body, false);
        ReceiptValidator.validate(receipt);
        if ((payment != null && payment.receipt() != null)
                || !orders.addReceipt(caller.msn(), paymentType, orderId, receipt.node().deepCopy())) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "The order already has order lines; a receipt cannot be changed");
        }
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .body(quoted(UUID.randomUUID()));
    }

    @PutMapping("/order-management/v2/{paymentType}/categories/{orderId}")
    ResponseEntity<String> putCategory(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @PathVariable String paymentType, @PathVariable String orderId, HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        order(caller, paymentType, orderId);
        Fields category = Fields.parse(request, body, false);
        String name = category.requiredText("category", null);
        if (!CATEGORIES.contains(name)) {
            throw ApiProblem.invalid(null, "category", "must be one of " + String.join(", ", CATEGORIES.stream().sorted().toList()));
        }
        urls.check(category.requiredText("orderDetailsUrl", null), "orderDetailsUrl", null, true);
        String imageId = category.text("imageId", null);
        if (imageId != null && !IMAGE_ID.matcher(imageId).matches()) {
            throw ApiProblem.invalid(null, "imageId", "must match ^[0-9A-Za-z-_.]+$, at most 128 characters");
        }
        orders.putCategory(caller.msn(), paymentType, orderId, category.node().deepCopy());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(quoted(UUID.randomUUID()));
    }

    @GetMapping("/order-management/v2/{paymentType}/{orderId}")
    Map<String, JsonNode> get(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String paymentType,
            @PathVariable String orderId) {
        Payment payment = order(caller, paymentType, orderId);
        JsonNode receipt = orders.receipt(caller.msn(), paymentType, orderId)
                .orElse(payment == null ? null : payment.receipt());
        JsonNode category = orders.category(caller.msn(), paymentType, orderId).orElse(null);
        Map<String, JsonNode> order = new LinkedHashMap<>();
        if (category != null) {
            order.put("category", category);
        }
        if (receipt != null) {
            order.put("receipt", receipt);
        }
        return order;
    }

    /** The spec's answer to a write: a JSON string holding an id. */
    private static String quoted(UUID id) {
        return "\"" + id + "\"";
    }

    /** The ePayment payment behind an ECOM order (404 when there is none); null for RECURRING. */
    private Payment order(Caller caller, String paymentType, String orderId) {
        if (!PAYMENT_TYPES.contains(paymentType)) {
            throw ApiProblem.invalid(null, "paymentType", "must be ECOM or RECURRING");
        }
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw ApiProblem.invalid(null, "orderId", "must match ^[0-9A-Za-z-_.]+$");
        }
        if (!"ECOM".equals(paymentType)) {
            return null;
        }
        return payments.find(caller.msn(), orderId).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "No payment with reference " + orderId + " for MSN " + caller.msn()));
    }
}
