package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /epayment/v1/test/payments/{reference}/approve}: approves as the customer would in the app, for
 * automated tests. Not for Express, as the vendor's. The approving user is the body's {@code customer}, else the
 * payment's, else the default test user; a payment asking for profile data gets the user's consent.
 */
@RestController
class ForceApproveController {

    private final PaymentStore store;
    private final PaymentService payments;
    private final TestUsers users;

    ForceApproveController(PaymentStore store, PaymentService payments, TestUsers users) {
        this.store = store;
        this.payments = payments;
        this.users = users;
    }

    @PostMapping("/epayment/v1/test/payments/{reference}/approve")
    ResponseEntity<Void> approve(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String reference,
            HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Payment payment = store.require(caller.msn(), PaymentController.checked(reference));
        Fields fields = Fields.parse(request, body, true);
        String token = fields.text("token", null);
        if (token != null && !token.isBlank() && !token.equals(payment.redirectToken())) {
            throw ApiProblem.invalid(null, "token", "is not the token of this payment's redirectUrl");
        }
        if (payment.isExpress()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Force approve is not available for Express payments");
        }
        TestUser user = approvingUser(fields.object("customer", null), payment);
        AuthorizationOutcome outcome = payments.approve(payment, user, null, "FORCE_APPROVE");
        if (outcome.kind() == AuthorizationOutcome.Kind.DECLINED) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "The payment was declined: " + outcome.declineReason());
        }
        return ResponseEntity.ok().build();
    }

    private TestUser approvingUser(Fields customer, Payment payment) {
        String phone = customer == null ? payment.customerPhone()
                : customer.text("phoneNumber", ErrorCode.INVALID_PHONE_NUMBER);
        if (phone == null) {
            return users.defaultUser();
        }
        if (!CreatePaymentParser.PHONE.matcher(phone).matches()) {
            throw ApiProblem.invalid(ErrorCode.INVALID_PHONE_NUMBER, "customer.phoneNumber",
                    "must be an MSISDN of 10 to 15 digits, e.g. 4791234567");
        }
        return users.byPhone(phone).orElseThrow(() -> ApiProblem.of(ErrorCode.CUSTOMER_NOT_FOUND,
                "No test user has this phone number"));
    }
}
