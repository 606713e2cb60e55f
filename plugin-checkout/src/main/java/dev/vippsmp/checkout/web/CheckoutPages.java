package dev.vippsmp.checkout.web;

import dev.vippsmp.checkout.config.CheckoutProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For the checkout's own shopper pages: the frame they are drawn in ({@code vipps.checkout.layout}), and a
 * readable page with the right status for a refused request, never a stack trace. Limited to the checkout's
 * controllers, so the host's own handling is untouched.
 */
@ControllerAdvice(basePackages = {"dev.vippsmp.checkout.returnpage", "dev.vippsmp.checkout.express"})
public class CheckoutPages {

    public static final String PROBLEM_VIEW = "vipps/checkout/problem";

    private static final Logger log = LoggerFactory.getLogger(CheckoutPages.class);

    private final String layout;

    public CheckoutPages(CheckoutProperties properties) {
        this.layout = properties.layout();
    }

    @ModelAttribute("vippsLayout")
    String layout() {
        return layout;
    }

    @ExceptionHandler(CheckoutProblem.class)
    String problem(CheckoutProblem problem, HttpServletResponse response, Model model) {
        log.debug("Refused: {}", problem.getMessage());
        return page(problem.status(), problem.messageKey(), response, model);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, TypeMismatchException.class})
    String badInput(Exception error, HttpServletResponse response, Model model) {
        log.debug("Refused malformed input: {}", error.getMessage());
        return page(HttpStatus.BAD_REQUEST, "vipps.problem.bad-request", response, model);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String wrongMethod(HttpServletResponse response, Model model) {
        return page(HttpStatus.METHOD_NOT_ALLOWED, "vipps.problem.bad-request", response, model);
    }

    private String page(HttpStatus status, String messageKey, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("vippsLayout", layout);
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        return PROBLEM_VIEW;
    }
}
