package dev.vippsmp.simulator.recurring;

import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /simulator/recurring}: what the app user and time do, without a browser or a wait. Accept and reject do
 * exactly what the app page's buttons do; process runs a charge as if its due date had come.
 */
@RestController
class RecurringControlController {

    private final RecurringStore store;
    private final RecurringService recurring;

    RecurringControlController(RecurringStore store, RecurringService recurring) {
        this.store = store;
        this.recurring = recurring;
    }

    /** Every agreement of every merchant, oldest first, as the vendor's GET would show it. */
    @GetMapping("/simulator/recurring/agreements")
    List<Map<String, Object>> all() {
        return store.all().stream().map(agreement -> recurring.read(agreement, RecurringViews::agreement)).toList();
    }

    /** Optional body: {@code {"phoneNumber": "4791234567", "maxAmount": 5000}} (max amount for VARIABLE). */
    @PostMapping("/simulator/recurring/agreements/{agreementId}/accept")
    Map<String, Object> accept(@PathVariable String agreementId, HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        Fields fields = Fields.parse(request, body, true);
        Agreement agreement = recurring.accept(require(agreementId), fields.text("phoneNumber", null),
                fields.integer("maxAmount", null));
        return answered(agreement);
    }

    @PostMapping("/simulator/recurring/agreements/{agreementId}/reject")
    Map<String, Object> reject(@PathVariable String agreementId) {
        return answered(recurring.reject(require(agreementId)));
    }

    @PostMapping("/simulator/recurring/charges/{chargeId}/process")
    Map<String, Object> process(@PathVariable String chargeId) {
        return recurring.process(chargeId);
    }

    @PostMapping("/simulator/recurring/process-due")
    Map<String, Object> processDue() {
        List<String> processed = recurring.processDue();
        return Map.of("today", recurring.today().toString(), "processed", processed);
    }

    /** {@code {"failureReason": "user_action_required", "failureDescription": "Insufficient funds"}}. */
    @PutMapping("/simulator/recurring/agreements/{agreementId}/next-charge-failure")
    Map<String, Object> setNextFailure(@PathVariable String agreementId, HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        Fields fields = Fields.parse(request, body, false);
        String code = fields.requiredText("failureReason", null);
        FailureReason reason = FailureReason.of(code).orElseThrow(() -> ApiProblem.invalid(null, "failureReason",
                "must be user_action_required, charge_amount_too_high, non_technical_error or technical_error"));
        String description = fields.text("failureDescription", null);
        ChargeFailure failure = new ChargeFailure(reason, description == null ? reason.defaultDescription()
                : description);
        recurring.setNextFailure(require(agreementId), failure);
        return Map.of("agreementId", agreementId, "failureReason", reason.code(),
                "failureDescription", failure.description());
    }

    @DeleteMapping("/simulator/recurring/agreements/{agreementId}/next-charge-failure")
    ResponseEntity<Void> clearNextFailure(@PathVariable String agreementId) {
        recurring.setNextFailure(require(agreementId), null);
        return ResponseEntity.noContent().build();
    }

    private Agreement require(String agreementId) {
        return store.byId(agreementId).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "No agreement " + agreementId));
    }

    private Map<String, Object> answered(Agreement agreement) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("agreementId", agreement.id());
        answer.put("status", agreement.status().name());
        answer.put("redirectUrl", agreement.draft().merchantRedirectUrl());
        return answer;
    }
}
