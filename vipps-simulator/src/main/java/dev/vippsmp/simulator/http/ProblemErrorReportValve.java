package dev.vippsmp.simulator.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers in the vendor's error shape the requests Tomcat refuses before any servlet sees them: a URL with an encoded
 * slash, backslash or NUL byte, a broken %-escape, a request line it cannot parse. Tomcat's own report is an HTML
 * page, which no client of the vendor's APIs expects; a client parsing errors as problem+json must get one here too.
 *
 * <p>Errors inside the application never get this far: Spring's error handling answers them. Such a request reaches
 * no filter either, so it is not in the journal.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // The same preconditions as Tomcat's own report: an error status, nothing written yet, not reported before.
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = request.getRequestURI() == null || request.getRequestURI().isEmpty() ? "/"
                : request.getRequestURI();
        ApiFamily family = ApiFamily.of(path);
        byte[] body = MAPPER.writeValueAsBytes(Problems.body(family, path, problem(status)));
        try {
            response.setContentType(Problems.contentType(family).toString());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response is in a state no answer can be written in: nothing to do.
        }
    }

    static ApiProblem problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 400 -> "The request could not be read: its URL or headers are malformed (an encoded slash, "
                    + "backslash or NUL byte, a broken %-escape, or a character a URL may not hold)";
            case 404 -> "No endpoint at this URL";
            case 500 -> "The simulator failed unexpectedly; its log has the details";
            case 505 -> "The HTTP version is not supported; send HTTP/1.1";
            default -> "The request could not be handled";
        };
        return ApiProblem.of(status, title, detail);
    }
}
