package dev.vippsmp.simulator.http;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every failure becomes an answer in the vendor's error shape; nothing reaches the client as a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> problem(ApiProblem problem, HttpServletRequest request) {
        return Problems.render(request, problem);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Object> noSuchEndpoint(HttpServletRequest request) {
        return Problems.render(request, ApiProblem.of(HttpStatus.NOT_FOUND,
                "No endpoint " + request.getMethod() + " " + request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ApiProblem problem = ApiProblem.of(HttpStatus.METHOD_NOT_ALLOWED,
                request.getMethod() + " is not supported on " + request.getRequestURI());
        if (e.getSupportedHttpMethods() != null) {
            problem = problem.withHeader(HttpHeaders.ALLOW, String.join(", ",
                    e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return Problems.render(request, problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return Problems.render(request, ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + e.getContentType() + " is not supported; send application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpServletRequest request) {
        return Problems.render(request, ApiProblem.of(HttpStatus.NOT_ACCEPTABLE, "Only JSON answers are available"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return Problems.render(request, ApiProblem.missing(e.getHeaderName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return Problems.render(request, ApiProblem.missing(e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> wrongParameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return Problems.render(request, ApiProblem.invalid(null, e.getName(), "has an invalid value"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadableBody(HttpServletRequest request) {
        return Problems.render(request, ApiProblem.of(HttpStatus.BAD_REQUEST,
                "The request body is missing, is not valid JSON, or has a value of the wrong type"));
    }

    @ExceptionHandler({org.springframework.web.ErrorResponseException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.context.request.async.AsyncRequestTimeoutException.class})
    ResponseEntity<Object> springError(Exception exception, HttpServletRequest request) {
        ErrorResponse e = (ErrorResponse) exception;
        int status = e.getStatusCode().value();
        String detail = e.getBody().getDetail() != null ? e.getBody().getDetail() : "The request failed";
        return Problems.render(request, ApiProblem.of(status, e.getBody().getTitle() != null
                ? e.getBody().getTitle() : "Error", detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.render(request, ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "The simulator failed unexpectedly; its log has the details"));
    }
}
