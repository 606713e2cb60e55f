package dev.vippsmp.simulator.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reach a controller (a malformed request the server itself rejects, a failure in a
 * filter) in the vendor's shape instead of a white-label page.
 */
@RestController
class SimulatorErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status >= 500 ? "The simulator failed unexpectedly; its log has the details"
                : "The request could not be handled";
        return Problems.render(request, uri instanceof String path ? path : "/",
                ApiProblem.of(status, title, detail));
    }
}
