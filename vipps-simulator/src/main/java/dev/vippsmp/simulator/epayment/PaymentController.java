package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.idempotency.IdempotencyKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The ePayment API under {@code /epayment/v1/payments}. Bodies are read raw and validated by hand, so every mistake
 * gets the vendor's error code. An {@code Idempotency-Key} on a read is accepted and ignored, as the vendor does.
 */
@RestController
class PaymentController {

    private final PaymentService payments;
    private final SimulatorProperties properties;

    PaymentController(PaymentService payments, SimulatorProperties properties) {
        this.payments = payments;
        this.properties = properties;
    }

    @PostMapping("/epayment/v1/payments")
    ResponseEntity<Object> create(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        String key = IdempotencyKeys.read(request, true);
        Fields fields = Fields.parse(request, body, false);
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.create(caller, fields, key, baseUrl(request)));
    }

    @GetMapping("/epayment/v1/payments/{reference}")
    Object get(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String reference) {
        return payments.get(caller, checked(reference));
    }

    @GetMapping("/epayment/v1/payments/{reference}/events")
    List<PaymentEvent> events(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String reference) {
        return payments.events(caller, checked(reference));
    }

    @PostMapping("/epayment/v1/payments/{reference}/capture")
    Object capture(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String reference,
            HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        String key = IdempotencyKeys.read(request, true);
        return payments.capture(caller, checked(reference), Fields.parse(request, body, false), key);
    }

    @PostMapping("/epayment/v1/payments/{reference}/refund")
    Object refund(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String reference,
            HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        String key = IdempotencyKeys.read(request, true);
        return payments.refund(caller, checked(reference), Fields.parse(request, body, false), key);
    }

    /** Cancel takes no body in the spec, and {@code {"cancelTransactionOnly": true}} since; the key is optional. */
    @PostMapping("/epayment/v1/payments/{reference}/cancel")
    Object cancel(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String reference,
            HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        String key = IdempotencyKeys.read(request, false);
        return payments.cancel(caller, checked(reference), Fields.parse(request, body, true), key);
    }

    static String checked(String reference) {
        if (!CreatePaymentParser.REFERENCE.matcher(reference).matches()) {
            throw ApiProblem.invalid(null, "reference", "must match ^[a-zA-Z0-9-]{8,64}$");
        }
        return reference;
    }

    private String baseUrl(HttpServletRequest request) {
        if (properties.publicBaseUrl() != null) {
            String configured = properties.publicBaseUrl().toString();
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }
}
