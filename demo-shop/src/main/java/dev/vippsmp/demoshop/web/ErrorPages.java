package dev.vippsmp.demoshop.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns refused requests from the shop's own pages into a readable error page with the right 4xx status, never a
 * stack trace. Limited to the shop's packages, so that an installed plugin's endpoints keep their own handling.
 */
@ControllerAdvice(basePackages = "dev.vippsmp.demoshop")
class ErrorPages {

    static final String ERROR_VIEW = "error";

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ClientError.class)
    String clientError(ClientError error, HttpServletResponse response, Model model) {
        log.debug("Refused: {}", error.getMessage());
        return page(error.status(), error.messageKey(), error.messageArguments(), response, model);
    }

    /** Malformed input: a quantity of "abc" or 1e30, a missing field, a value outside its bounds. */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class, BindException.class})
    String badInput(Exception error, HttpServletResponse response, Model model) {
        log.debug("Refused malformed input: {}", error.getMessage());
        return page(HttpStatus.BAD_REQUEST, "error.bad-input", new Object[0], response, model);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String wrongMethod(HttpServletResponse response, Model model) {
        return page(HttpStatus.METHOD_NOT_ALLOWED, "error.bad-input", new Object[0], response, model);
    }

    private String page(HttpStatus status, String messageKey, Object[] arguments, HttpServletResponse response,
                        Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("errorMessage", messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()));
        return ERROR_VIEW;
    }
}
