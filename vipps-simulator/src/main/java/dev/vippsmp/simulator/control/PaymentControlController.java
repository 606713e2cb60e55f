package dev.vippsmp.simulator.control;

import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.epayment.AuthorizationOutcome;
import dev.vippsmp.simulator.epayment.Payment;
import dev.vippsmp.simulator.epayment.PaymentOverview;
import dev.vippsmp.simulator.epayment.PaymentService;
import dev.vippsmp.simulator.epayment.PaymentState;
import dev.vippsmp.simulator.epayment.PaymentStore;
import dev.vippsmp.simulator.epayment.ShippingAddress;
import dev.vippsmp.simulator.epayment.ShippingDetails;
import dev.vippsmp.simulator.epayment.ShippingGroup;
import dev.vippsmp.simulator.epayment.ShippingOption;
import dev.vippsmp.simulator.epayment.ShippingQuotes;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.profile.ProfileRelease;
import dev.vippsmp.simulator.profile.ProfileSharing;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /simulator/payments}: every payment as the simulator sees it, and what the customer would do in the app,
 * without a browser. {@code complete} is how automated tests finish Express and profile-sharing payments, which
 * force approve cannot do.
 */
@RestController
class PaymentControlController {

    private final PaymentStore store;
    private final PaymentService payments;
    private final ShippingQuotes quotes;
    private final TestUsers users;
    private final ProfileSharing profileSharing;

    PaymentControlController(PaymentStore store, PaymentService payments, ShippingQuotes quotes, TestUsers users,
            ProfileSharing profileSharing) {
        this.store = store;
        this.payments = payments;
        this.quotes = quotes;
        this.users = users;
        this.profileSharing = profileSharing;
    }

    /** Newest first. */
    @GetMapping("/simulator/payments")
    List<PaymentOverview> all() {
        return store.all().stream().map(payment -> payments.read(payment, PaymentOverview::of)).toList();
    }

    @GetMapping("/simulator/payments/{reference}")
    PaymentOverview one(@PathVariable String reference, @RequestParam(required = false) String msn) {
        return payments.read(store.locate(reference, msn), PaymentOverview::of);
    }

    /** Expires an open payment now, as if the customer had let the time run out. */
    @PostMapping("/simulator/payments/{reference}/expire")
    PaymentOverview expire(@PathVariable String reference, @RequestParam(required = false) String msn) {
        Payment payment = store.locate(reference, msn);
        if (!payments.expireNow(payment)) {
            throw notOpen(payment);
        }
        return payments.read(payment, PaymentOverview::of);
    }

    /**
     * Completes an open payment as a customer would in the app.
     *
     * <pre>{@code
     * {"action": "APPROVE" | "REJECT",          default APPROVE
     *  "user": "4791234567" or a sub,           default: the payment's customer, else the default user
     *  "consent": true | false,                 default true; false refuses to share: the payment is ABORTED
     *  "address": {"addressLine1", "addressLine2", "city", "postCode", "country"}
     *    or "addressIndex": 0,                  Express: default the user's first saved address
     *  "shippingOptionId": "...",              Express: default the option the app pre-selects
     *  "userDetails": false,                    only profile.sub, no userDetails; default as set globally
     *  "profileDelay": "10m"}                   profile.sub appears this long after; default as set globally
     * }</pre>
     */
    @PostMapping("/simulator/payments/{reference}/complete")
    CompleteResult complete(@PathVariable String reference, @RequestParam(required = false) String msn,
            HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Payment payment = store.locate(reference, msn);
        Fields fields = Fields.parse(request, body, true);
        String action = fields.text("action", null);
        action = action == null ? "APPROVE" : action.toUpperCase(Locale.ROOT);
        if (!action.equals("APPROVE") && !action.equals("REJECT")) {
            throw ApiProblem.invalid(null, "action", "must be APPROVE or REJECT");
        }
        if (payment.state() != PaymentState.CREATED) {
            throw notOpen(payment);
        }
        if (action.equals("REJECT") || Boolean.FALSE.equals(fields.bool("consent")) && !payment.scopes().isEmpty()) {
            payments.reject(payment);
            return result("ABORTED", null, payment);
        }
        TestUser user = user(fields.text("user", null), payment);
        ShippingDetails shipping = payment.isExpress() ? shipping(fields, payment, user) : null;
        AuthorizationOutcome outcome = payments.approve(payment, user, shipping, "SIMULATOR", release(fields));
        return result(outcome.kind().name(), outcome.declineReason(), payment);
    }

    /** How this payment's profile is released: as asked for in the body, else as set for all payments. */
    private ProfileRelease release(Fields fields) {
        return profileSharing.current().with(fields.bool("userDetails"), fields.duration("profileDelay"));
    }

    private TestUser user(String phoneOrSub, Payment payment) {
        if (phoneOrSub == null) {
            return payment.customerPhone() == null ? users.defaultUser() : users.byPhone(payment.customerPhone())
                    .orElseThrow(() -> ApiProblem.of(ErrorCode.CUSTOMER_NOT_FOUND, "The payment's customer is not a test user"));
        }
        return users.byPhoneOrSub(phoneOrSub, payment.msn()).orElseThrow(() -> ApiProblem.of(
                ErrorCode.CUSTOMER_NOT_FOUND, "No test user has the phone number or sub " + phoneOrSub));
    }

    private ShippingDetails shipping(Fields fields, Payment payment, TestUser user) {
        ShippingAddress address = address(fields, user);
        List<ShippingGroup> groups;
        try {
            groups = quotes.quote(payment, address);
        } catch (ShippingQuotes.NoShippingException e) {
            throw e.cannotShipHere()
                    ? ApiProblem.of(422, "Cannot ship here", payment.unit().name() + " cannot ship to " + address.formatted())
                    : ApiProblem.of(HttpStatus.BAD_GATEWAY, e.getMessage());
        }
        String optionId = fields.text("shippingOptionId", null);
        ShippingOption option = (optionId == null ? ShippingGroup.preselected(groups)
                : ShippingGroup.option(groups, optionId)).orElseThrow(() -> ApiProblem.invalid(null,
                        "shippingOptionId", "is not one of the options offered for this address"));
        return new ShippingDetails(address, option.amount().value(), option.id(), option.name());
    }

    private static ShippingAddress address(Fields fields, TestUser user) {
        Fields given = fields.object("address", null);
        if (given != null) {
            String country = given.requiredText("country", null).toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw ApiProblem.invalid(null, "address.country", "must be a two-letter country code");
            }
            return new ShippingAddress(given.requiredText("addressLine1", null), given.text("addressLine2", null),
                    given.requiredText("city", null), given.requiredText("postCode", null), country);
        }
        Long index = fields.integer("addressIndex", null);
        int chosen = index == null ? 0 : index.intValue();
        if (chosen < 0 || chosen >= user.addresses().size()) {
            throw ApiProblem.invalid(null, "addressIndex", "the user has " + user.addresses().size() + " addresses");
        }
        return ShippingAddress.of(user.addresses().get(chosen));
    }

    private CompleteResult result(String outcome, String declineReason, Payment payment) {
        return new CompleteResult(outcome, declineReason, payments.read(payment, PaymentOverview::of));
    }

    private static ApiProblem notOpen(Payment payment) {
        return ApiProblem.of(HttpStatus.CONFLICT, "The payment is " + payment.state() + "; only an open (CREATED) "
                + "payment can be completed or expired");
    }

    /** @param outcome AUTHORIZED, DECLINED (a test amount; the payment stays open), PENDING (201) or ABORTED */
    record CompleteResult(String outcome, String declineReason, PaymentOverview payment) {
    }
}
