package dev.vippsmp.simulator.recurring;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.idempotency.IdempotencyKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Recurring API v3 under {@code /recurring/v3}. Bodies are read raw and validated by hand, so every mistake is
 * a 400 naming its field in the spec's {@code ErrorV3} shape. The deprecated v2 paths are not served.
 */
@RestController
class RecurringController {

    /** The spec: "Key size can be between 1 to 40 characters. Key must not contain '#', '?', '/' or '\'". */
    private static final Pattern KEY = Pattern.compile("^[^#?/\\\\]{1,40}$");
    private static final Pattern ID = Pattern.compile("^[a-zA-Z0-9_-]{1,50}$");

    private final RecurringService recurring;
    private final SimulatorProperties properties;

    RecurringController(RecurringService recurring, SimulatorProperties properties) {
        this.recurring = recurring;
        this.properties = properties;
    }

    @PostMapping("/recurring/v3/agreements")
    ResponseEntity<Object> draft(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        String key = key(request);
        Fields fields = Fields.parse(request, body, false);
        return ResponseEntity.status(HttpStatus.CREATED).body(recurring.draft(caller, fields, key, baseUrl(request)));
    }

    @GetMapping("/recurring/v3/agreements")
    List<Map<String, Object>> list(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @RequestParam(required = false) String status, @RequestParam(required = false) String createdAfter) {
        AgreementStatus wanted = status == null ? AgreementStatus.ACTIVE : parse(AgreementStatus.class, "status", status);
        Long after = null;
        if (createdAfter != null) {
            try {
                after = Long.parseLong(createdAfter);
            } catch (NumberFormatException e) {
                throw ApiProblem.invalid(null, "createdAfter", "must be a timestamp in epoch milliseconds");
            }
        }
        return recurring.list(caller, wanted, after);
    }

    @GetMapping("/recurring/v3/agreements/{agreementId}")
    Map<String, Object> get(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String agreementId) {
        return recurring.get(caller, checked("agreementId", agreementId));
    }

    @PatchMapping("/recurring/v3/agreements/{agreementId}")
    ResponseEntity<Void> update(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String agreementId,
            HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        String key = key(request);
        recurring.update(caller, checked("agreementId", agreementId), Fields.parse(request, body, false), key);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/recurring/v3/agreements/{agreementId}/charges")
    ResponseEntity<Object> createCharge(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @PathVariable String agreementId, HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        String key = key(request);
        Fields fields = Fields.parse(request, body, false);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(recurring.createCharge(caller, checked("agreementId", agreementId), fields, key));
    }

    @GetMapping("/recurring/v3/agreements/{agreementId}/charges")
    List<Map<String, Object>> listCharges(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @PathVariable String agreementId, @RequestParam(required = false) String status) {
        ChargeStatus wanted = status == null ? null : parse(ChargeStatus.class, "status", status);
        return recurring.listCharges(caller, checked("agreementId", agreementId), wanted);
    }

    @GetMapping("/recurring/v3/agreements/{agreementId}/charges/{chargeId}")
    Map<String, Object> getCharge(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String agreementId,
            @PathVariable String chargeId) {
        return recurring.getCharge(caller, checked("agreementId", agreementId), checked("chargeId", chargeId));
    }

    @GetMapping("/recurring/v3/charges/{chargeId}")
    Map<String, Object> getChargeById(@RequestAttribute(Caller.ATTRIBUTE) Caller caller,
            @PathVariable String chargeId) {
        return recurring.getChargeById(caller, checked("chargeId", chargeId));
    }

    @PostMapping("/recurring/v3/agreements/{agreementId}/charges/{chargeId}/capture")
    ResponseEntity<Void> capture(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String agreementId,
            @PathVariable String chargeId, HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        String key = key(request);
        recurring.capture(caller, checked("agreementId", agreementId), checked("chargeId", chargeId),
                Fields.parse(request, body, false), key);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/recurring/v3/agreements/{agreementId}/charges/{chargeId}/refund")
    ResponseEntity<Void> refund(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String agreementId,
            @PathVariable String chargeId, HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        String key = key(request);
        recurring.refund(caller, checked("agreementId", agreementId), checked("chargeId", chargeId),
                Fields.parse(request, body, false), key);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/recurring/v3/agreements/{agreementId}/charges/{chargeId}")
    ResponseEntity<Void> cancel(@RequestAttribute(Caller.ATTRIBUTE) Caller caller, @PathVariable String agreementId,
            @PathVariable String chargeId, HttpServletRequest request) {
        String key = key(request);
        recurring.cancel(caller, checked("agreementId", agreementId), checked("chargeId", chargeId), key);
        return ResponseEntity.noContent().build();
    }

    private static String key(HttpServletRequest request) {
        String key = IdempotencyKeys.read(request, true);
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid(null, IdempotencyKeys.HEADER,
                    "must be 1 to 40 characters without '#', '?', '/' or '\\'");
        }
        return key;
    }

    private static String checked(String name, String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiProblem.invalid(null, name, "must match ^[a-zA-Z0-9_-]{1,50}$");
        }
        return id;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(null, name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private String baseUrl(HttpServletRequest request) {
        if (properties.publicBaseUrl() != null) {
            String configured = properties.publicBaseUrl().toString();
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }
}
