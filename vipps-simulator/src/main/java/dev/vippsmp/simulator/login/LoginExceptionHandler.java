package dev.vippsmp.simulator.login;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Login API's errors: {@code {"error", "error_description", "error_code"}} in JSON, before the simulator's
 * problem+json handler sees them. A refused client gets {@code WWW-Authenticate} as RFC 6749 §5.2 asks; a refused
 * access token the Bearer challenge of RFC 6750 §3.
 */
@RestControllerAdvice(assignableTypes = {TokenController.class, LoginUserinfoController.class,
        DiscoveryController.class, LoginControlController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoginExceptionHandler {

    @ExceptionHandler(OAuthError.class)
    ResponseEntity<Map<String, Object>> refused(OAuthError e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, OAuthError.INVALID_TOKEN.equals(e.error())
                    ? "Bearer error=\"invalid_token\"" : "Basic realm=\"access-management\"");
        }
        return answer.body(body(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return refused(OAuthError.badRequest(OAuthError.INVALID_REQUEST,
                "The request is missing the parameter " + e.getParameterName()));
    }

    static Map<String, Object> body(OAuthError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.error());
        body.put("error_description", e.description());
        body.put("error_code", e.status().value());
        return body;
    }
}
