package dev.vippsmp.admin.webhooks;

import dev.vippsmp.admin.web.AdminRequestRefused;
import dev.vippsmp.admin.web.AdminSite;
import dev.vippsmp.admin.web.Problem;
import dev.vippsmp.admin.web.VippsAdminProperties;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.webhooks.WebhooksApi;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.webhook.WebhookRegistration;
import dev.vippsmp.core.webhook.WebhookRegistrations;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The sales unit's webhook registrations: what the vendor has, which of them this shop can verify (it holds their
 * secrets, encrypted), registering the shop's endpoint for the events the plugin needs, and deleting.
 */
@Controller
@RequestMapping("${vipps.admin.path:/admin/vipps}/webhooks")
class WebhooksController {

    static final String VIEW = "vipps-admin/webhooks/webhooks";

    private static final Logger log = LoggerFactory.getLogger(WebhooksController.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int MAX_URL = 500;

    private final WebhookRegistrations registrations;
    private final VippsAdminProperties properties;
    private final AdminSite site;

    WebhooksController(WebhookRegistrations registrations, VippsAdminProperties properties, AdminSite site) {
        this.registrations = registrations;
        this.properties = properties;
        this.site = site;
    }

    @GetMapping
    String show(Model model) {
        return page(model, proposedUrl());
    }

    @PostMapping
    String register(@RequestParam(defaultValue = "") String url,
            @RequestParam(name = "events", required = false) List<String> events, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        // The plugin's events, with those of the features installed beside the payments (e.g. subscriptions).
        List<String> offered = registrations.defaultEvents();
        List<String> wanted = events == null || events.isEmpty() ? offered : events;
        if (!offered.containsAll(wanted)) {
            throw AdminRequestRefused.badRequest("vipps.admin.error.bad-input");
        }
        if (url.isBlank() || url.length() > MAX_URL) {
            return refused(model, url, Problem.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "vipps.admin.webhooks.invalid-url"), response);
        }
        try {
            WebhookRegistration registered = registrations.register(url.strip(), wanted);
            redirect.addFlashAttribute("registered", registered.id());
            return "redirect:" + site.webhooks();
        } catch (PaymentOperationException invalid) {
            return refused(model, url, Problem.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "vipps.admin.webhooks.invalid-url"), response);
        } catch (VippsApiException refusal) {
            log.warn("Registering webhook URL {} refused: {}", url, refusal.getMessage());
            return refused(model, url, Problem.of(refusal), response);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!ID.matcher(id).matches()) {
            throw AdminRequestRefused.notFound("vipps.admin.webhooks.not-found");
        }
        try {
            registrations.delete(id);
            redirect.addFlashAttribute("deleted", id);
            return "redirect:" + site.webhooks();
        } catch (VippsApiException refusal) {
            log.warn("Deleting webhook {} refused: {}", id, refusal.getMessage());
            return refused(model, proposedUrl(), Problem.of(refusal), response);
        }
    }

    private String refused(Model model, String url, Problem problem, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem);
        return page(model, url);
    }

    private String page(Model model, String url) {
        model.addAttribute("url", url);
        model.addAttribute("proposedUrl", proposedUrl());
        model.addAttribute("allEvents", registrations.defaultEvents());
        try {
            List<WebhookRegistration> list = registrations.list();
            model.addAttribute("registrations", list);
            model.addAttribute("verifiable", list.stream().anyMatch(WebhookRegistration::secretKnown));
        } catch (VippsApiException unavailable) {
            model.addAttribute("listProblem", Problem.of(unavailable));
        }
        return VIEW;
    }

    /** The configured webhook URL, else the shop's address as the admin reached it plus the endpoint's path. */
    private String proposedUrl() {
        if (properties.webhookUrl() != null) {
            return properties.webhookUrl().toString();
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(properties.webhookPath()).toUriString();
    }
}
