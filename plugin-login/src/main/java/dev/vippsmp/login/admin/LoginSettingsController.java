package dev.vippsmp.login.admin;

import dev.vippsmp.core.settings.ApiEnvironment;
import dev.vippsmp.login.VippsLoginProperties;
import dev.vippsmp.login.settings.LoginSettings;
import dev.vippsmp.login.settings.LoginSettingsService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The login's settings page. */
@Controller
@RequestMapping("${vipps.admin.path:/admin/vipps}/login")
class LoginSettingsController {

    static final String VIEW = "vipps/login/admin/settings";

    private final LoginSettingsService settings;
    private final VippsLoginProperties properties;

    LoginSettingsController(LoginSettingsService settings, VippsLoginProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    @GetMapping
    String page(@RequestParam(required = false) String saved, Model model, HttpServletRequest request) {
        return show(settings.current(), saved != null, null, model, request);
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) List<String> scopes,
            @RequestParam(defaultValue = "false") boolean automaticReturn,
            @RequestParam(defaultValue = "false") boolean createCustomers,
            @RequestParam(defaultValue = "") String environment, @RequestParam long version, Principal principal,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        ApiEnvironment chosen;
        try {
            chosen = environment.isBlank() ? null : ApiEnvironment.valueOf(environment);
        } catch (IllegalArgumentException e) {
            return refused("environment.unknown", model, request, response);
        }
        try {
            settings.update(enabled, scopes == null ? List.of() : scopes, automaticReturn, createCustomers, chosen,
                    version, principal == null ? "admin" : principal.getName());
        } catch (LoginSettingsService.InvalidChange e) {
            return refused(e.rule(), model, request, response);
        }
        return "redirect:" + ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery("saved").build()
                .toUriString();
    }

    private String refused(String rule, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(settings.current(), false, rule, model, request);
    }

    private String show(LoginSettings current, boolean saved, String problem, Model model,
            HttpServletRequest request) {
        model.addAttribute("settings", current);
        model.addAttribute("claimScopes", LoginSettings.CLAIM_SCOPES);
        model.addAttribute("environments", ApiEnvironment.values());
        model.addAttribute("saved", saved);
        model.addAttribute("problem", problem);
        model.addAttribute("layout", properties.adminLayout());
        // What the admin registers on portal.vipps.no as the redirect URI, exactly.
        model.addAttribute("redirectUri", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/login/oauth2/code/" + properties.registrationId()).build().toUriString());
        return VIEW;
    }
}
