package dev.vippsmp.simulator.faults;

import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.http.ApiOperation;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PatternParseException;
import org.springframework.web.util.pattern.PathPatternParser;

/** {@code /simulator/faults} (API calls) and {@code /simulator/webhook-faults} (webhook deliveries). */
@RestController
class FaultController {

    private static final Duration DEFAULT_TIMEOUT_HOLD = Duration.ofSeconds(30);
    /**
     * The longest delay a fault may add. Delays run on real time, and a duration too long for a sleep in
     * milliseconds would fail the very call it was meant to slow down.
     */
    static final Duration MAX_DELAY = Duration.ofHours(24);

    private final Faults faults;
    private final SimulatorClock clock;

    FaultController(Faults faults, SimulatorClock clock) {
        this.faults = faults;
        this.clock = clock;
    }

    @PostMapping("/simulator/faults")
    ResponseEntity<Fault> addApiFault(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        Fields fields = Fields.parse(request, body, false);
        FaultAction action = action(fields.requiredText("action", null), FaultAction.class);
        String operation = fields.text("operation", null);
        if (operation != null) {
            operation = ApiOperation.named(operation).map(ApiOperation::operationId).orElseThrow(
                    () -> ApiProblem.invalid(null, "operation", "is not an operation the simulator knows"));
        }
        String path = fields.text("path", null);
        PathPattern pattern = path == null ? null : pattern(path);
        String errorCode = fields.text("errorCode", null);
        Integer status = status(fields, action, errorCode);
        Duration delay = duration(fields, "delay");
        if (action == FaultAction.DELAY && delay == null) {
            throw ApiProblem.missing("delay");
        }
        if (action == FaultAction.TIMEOUT && delay == null) {
            delay = DEFAULT_TIMEOUT_HOLD;
        }
        String method = fields.text("method", null);
        Fault fault = new Fault(newId(), method == null ? null : method.toUpperCase(Locale.ROOT), path, operation,
                action, status, errorCode, fields.text("detail", null), delay,
                Boolean.TRUE.equals(fields.bool("afterProcessing")), clock.now(), new AtomicInteger(times(fields)),
                new AtomicInteger(), pattern);
        faults.add(fault);
        return ResponseEntity.status(HttpStatus.CREATED).body(fault);
    }

    @GetMapping("/simulator/faults")
    List<Fault> apiFaults() {
        return faults.apiFaults();
    }

    @DeleteMapping("/simulator/faults")
    ResponseEntity<Void> clearApiFaults() {
        faults.clearApiFaults();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/simulator/webhook-faults")
    ResponseEntity<WebhookFault> addWebhookFault(HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        Fields fields = Fields.parse(request, body, false);
        WebhookFault.Action action = action(fields.requiredText("action", null), WebhookFault.Action.class);
        Duration delay = duration(fields, "delay");
        if (action == WebhookFault.Action.DELAY && delay == null) {
            throw ApiProblem.missing("delay");
        }
        if (action == WebhookFault.Action.REORDER && delay == null) {
            delay = Duration.ofSeconds(5);
        }
        WebhookFault fault = new WebhookFault(newId(), fields.text("event", null), fields.text("reference", null),
                action, delay, clock.now(), new AtomicInteger(times(fields)), new AtomicInteger());
        faults.add(fault);
        return ResponseEntity.status(HttpStatus.CREATED).body(fault);
    }

    @GetMapping("/simulator/webhook-faults")
    List<WebhookFault> webhookFaults() {
        return faults.webhookFaults();
    }

    @DeleteMapping("/simulator/webhook-faults")
    ResponseEntity<Void> clearWebhookFaults() {
        faults.clearWebhookFaults();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping({"/simulator/faults/{id}", "/simulator/webhook-faults/{id}"})
    ResponseEntity<Void> remove(@PathVariable String id) {
        if (!faults.remove(id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "No fault with id " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static <E extends Enum<E>> E action(String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(null, "action", "must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Integer status(Fields fields, FaultAction action, String errorCode) {
        Long status = fields.integer("status", null);
        if (action != FaultAction.ERROR) {
            return null;
        }
        if (status == null) {
            return java.util.Arrays.stream(ErrorCode.values()).filter(code -> code.code().equals(errorCode))
                    .map(code -> code.status().value()).findFirst().orElse(500);
        }
        if (status < 400 || status > 599) {
            throw ApiProblem.invalid(null, "status", "must be an error status, 400 to 599");
        }
        return status.intValue();
    }

    private static int times(Fields fields) {
        Long times = fields.integer("times", null);
        if (times == null) {
            return 1;
        }
        if (times == 0 || times < -1) {
            throw ApiProblem.invalid(null, "times", "must be a positive count, or -1 for every call");
        }
        return (int) Math.min(Integer.MAX_VALUE, times);
    }

    private static Duration duration(Fields fields, String field) {
        String text = fields.text(field, null);
        if (text == null) {
            return null;
        }
        try {
            Duration duration = DurationStyle.detectAndParse(text);
            if (duration.isNegative()) {
                throw ApiProblem.invalid(null, field, "must not be negative");
            }
            if (duration.compareTo(MAX_DELAY) > 0) {
                throw ApiProblem.invalid(null, field, "must be at most " + MAX_DELAY.toHours() + "h");
            }
            return duration;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(null, field, "must be a duration such as 2s, 500ms or PT2S");
        }
    }

    private static PathPattern pattern(String path) {
        try {
            return PathPatternParser.defaultInstance.parse(path);
        } catch (PatternParseException e) {
            throw ApiProblem.invalid(null, "path", "is not a valid path pattern");
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
