package dev.vippsmp.simulator.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Renders an {@link ApiProblem} in the error shape of the API that was called. */
public final class Problems {

    /** Request attribute holding the vendor error code of the answer, for the journal. */
    public static final String ERROR_CODE_ATTRIBUTE = Problems.class.getName() + ".errorCode";

    static final String TYPE = "https://developer.vippsmobilepay.com/docs/knowledge-base/errors";
    /** As the spec's {@code ErrorV3} example: the recurring problems page, one anchor per kind of problem. */
    static final String RECURRING_TYPE =
            "https://developer.vippsmobilepay.com/docs/APIs/recurring-api/recurring-api-problems#";
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    static final MediaType USERINFO_JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

    private static final tools.jackson.databind.json.JsonMapper MAPPER =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private Problems() {
    }

    public static ResponseEntity<Object> render(HttpServletRequest request, ApiProblem problem) {
        return render(request, RequestPaths.of(request), problem);
    }

    /** Renders for a request whose original path differs from the current one, as on an error dispatch. */
    public static ResponseEntity<Object> render(HttpServletRequest request, String path, ApiProblem problem) {
        if (problem.errorCode() != null) {
            request.setAttribute(ERROR_CODE_ATTRIBUTE, problem.errorCode());
        }
        ApiFamily family = ApiFamily.of(path);
        HttpHeaders headers = new HttpHeaders();
        problem.headers().forEach(headers::set);
        headers.setContentType(contentType(family));
        return ResponseEntity.status(problem.status()).headers(headers).body(body(family, path, problem));
    }

    /** Writes the problem straight to the response, for filters that answer before any controller. */
    public static void write(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            ApiProblem problem) throws java.io.IOException {
        ResponseEntity<Object> entity = render(request, problem);
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.getOutputStream().write(MAPPER.writeValueAsBytes(entity.getBody()));
    }

    static MediaType contentType(ApiFamily family) {
        return switch (family) {
            case USERINFO, RECURRING -> USERINFO_JSON;
            case ORDER_MANAGEMENT -> MediaType.APPLICATION_JSON;
            default -> PROBLEM_JSON;
        };
    }

    static Map<String, Object> body(ApiFamily family, String instance, ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("title", problem.title());
        if (family != ApiFamily.ORDER_MANAGEMENT) {
            body.put("status", family == ApiFamily.USERINFO ? String.valueOf(problem.status()) : problem.status());
        }
        body.put("detail", problem.detail());
        body.put("instance", instance);
        List<ApiProblem.FieldProblem> details = new ArrayList<>(problem.fields());
        if (family == ApiFamily.USERINFO) {
            return body;
        }
        if (family == ApiFamily.RECURRING) {
            return recurring(body, details);
        }
        if (family == ApiFamily.ORDER_MANAGEMENT) {
            // Exactly the spec's ErrorResponse: no status, no traceId.
            body.put("invalidParams", details);
            return body;
        }
        body.put("traceId", UUID.randomUUID().toString().replace("-", ""));
        if (problem.errorCode() != null) {
            details.add(new ApiProblem.FieldProblem("ErrorCode", problem.errorCode()));
        }
        body.put("extraDetails", details);
        return body;
    }

    /** Recurring's {@code ErrorV3}: its own problem type, a {@code contextId}, and {@code {field, text}} details. */
    private static Map<String, Object> recurring(Map<String, Object> body, List<ApiProblem.FieldProblem> details) {
        int status = (Integer) body.get("status");
        body.put("type", RECURRING_TYPE + (status == 400 ? "validation-error" : String.valueOf(status)));
        body.put("contextId", UUID.randomUUID().toString());
        List<Map<String, String>> extra = new ArrayList<>();
        for (ApiProblem.FieldProblem detail : details) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("field", detail.name());
            item.put("text", detail.reason());
            extra.add(item);
        }
        body.put("extraDetails", extra);
        return body;
    }
}
