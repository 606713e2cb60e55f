package dev.vippsmp.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error answer in the vendor's shape. Thrown anywhere while handling a request; {@link Problems} renders it in the
 * shape of the API that was called.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final String errorCode;
    private final List<FieldProblem> fields;
    private final Map<String, String> headers;

    private ApiProblem(int status, String title, String detail, String errorCode, List<FieldProblem> fields,
            Map<String, String> headers) {
        super(title + ": " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errorCode = errorCode;
        this.fields = List.copyOf(fields);
        this.headers = Map.copyOf(headers);
    }

    public static ApiProblem of(HttpStatus status, String detail) {
        return of(status.value(), status.getReasonPhrase(), detail);
    }

    public static ApiProblem of(int status, String title, String detail) {
        return new ApiProblem(status, title, detail, null, List.of(), Map.of());
    }

    public static ApiProblem of(ErrorCode code, String detail) {
        return new ApiProblem(code.status().value(), code.title(), detail, code.code(), List.of(), Map.of());
    }

    /** A 400 about one field of the request, with the vendor's error code when it has one for the case. */
    public static ApiProblem invalid(ErrorCode codeOrNull, String field, String reason) {
        ApiProblem problem = codeOrNull == null
                ? of(HttpStatus.BAD_REQUEST, field + ": " + reason)
                : of(codeOrNull, field + ": " + reason);
        return problem.withField(field, reason);
    }

    public static ApiProblem missing(String field) {
        return invalid(ErrorCode.MISSING_PARAMETER, field, "is required");
    }

    public ApiProblem withField(String field, String reason) {
        List<FieldProblem> more = new ArrayList<>(fields);
        more.add(new FieldProblem(field, reason));
        return new ApiProblem(status, title, detail, errorCode, more, headers);
    }

    public ApiProblem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiProblem(status, title, detail, errorCode, fields, more);
    }

    public ApiProblem withStatus(int newStatus) {
        return new ApiProblem(newStatus, title, detail, errorCode, fields, headers);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** The vendor's numeric error code as a string, or null. */
    public String errorCode() {
        return errorCode;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** One invalid or missing field or header: {@code {name, reason}}. */
    public record FieldProblem(String name, String reason) {
    }
}
