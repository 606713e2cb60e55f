package dev.vippsmp.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * What every admin page gets ({@code vippsAdmin}: paths and layout; {@code vippsFormat}: formats), and a readable
 * 4xx page in the admin's frame for refused or malformed requests, never a stack trace. Limited to the plugin's
 * controllers (the admin's own and those marked {@link AdminPage}), so the host's own handling stays as it is.
 */
@ControllerAdvice(basePackages = "dev.vippsmp.admin", annotations = AdminPage.class)
class AdminControllerAdvice {

    static final String ERROR_VIEW = "vipps-admin/error";

    private static final Logger log = LoggerFactory.getLogger(AdminControllerAdvice.class);

    private final AdminSite site;
    private final AdminFormats formats;

    AdminControllerAdvice(AdminSite site, AdminFormats formats) {
        this.site = site;
        this.formats = formats;
    }

    @ModelAttribute("vippsAdmin")
    AdminSite site() {
        return site;
    }

    @ModelAttribute("vippsFormat")
    AdminFormats formats() {
        return formats;
    }

    @ExceptionHandler(AdminRequestRefused.class)
    String refused(AdminRequestRefused refused, HttpServletResponse response, Model model) {
        log.debug("Admin request refused: {}", refused.getMessage());
        return page(refused.status(), refused.messageKey(), response, model);
    }

    /** Malformed input: a page number of "abc", a missing field, a value outside its bounds. */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class, BindException.class})
    String malformed(Exception error, HttpServletResponse response, Model model) {
        log.debug("Admin request malformed: {}", error.getClass().getSimpleName());
        return page(HttpStatus.BAD_REQUEST, "vipps.admin.error.bad-input", response, model);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String wrongMethod(HttpServletResponse response, Model model) {
        return page(HttpStatus.METHOD_NOT_ALLOWED, "vipps.admin.error.bad-input", response, model);
    }

    private String page(HttpStatus status, String messageKey, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("vippsAdmin", site);
        model.addAttribute("vippsFormat", formats);
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        return ERROR_VIEW;
    }
}
