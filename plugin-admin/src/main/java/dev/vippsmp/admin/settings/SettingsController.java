package dev.vippsmp.admin.settings;

import dev.vippsmp.admin.connection.ConnectionTester;
import dev.vippsmp.admin.security.AdminUser;
import dev.vippsmp.admin.web.AdminRequestRefused;
import dev.vippsmp.admin.web.AdminSite;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.settings.SettingsService.ConcurrentSettingsChangeException;
import dev.vippsmp.core.settings.SettingsValidationException;
import dev.vippsmp.core.settings.VippsProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings page. Saving writes only what the admin changed, through the core's validation; refused input comes
 * back as the form with its errors (422) and nothing saved. The header preview and "Test connection" read the form
 * as typed, without saving it. A secret the admin typed is never sent back to the browser.
 */
@Controller
@RequestMapping("${vipps.admin.path:/admin/vipps}")
class SettingsController {

    static final String FORM = "vippsSettings";
    static final String VIEW = "vipps-admin/settings/settings";
    static final String PREVIEW_FRAGMENT = "vipps-admin/settings/fragments :: preview";
    static final String REPORT_FRAGMENT = "vipps-admin/settings/fragments :: report";
    static final String HISTORY_VIEW = "vipps-admin/settings/history";
    static final int HISTORY_SIZE = 200;

    private final SettingsService settings;
    private final VippsProperties properties;
    private final ConnectionCheck connection;
    private final AdminSite site;
    private final SettingsEdit edit;
    private final SettingsPage page;

    SettingsController(SettingsService settings, VippsProperties properties, ConnectionTester tester, AdminSite site,
            SettingsPage page) {
        this.settings = settings;
        this.properties = properties;
        this.connection = new ConnectionCheck(tester, properties);
        this.site = site;
        this.edit = new SettingsEdit(properties);
        this.page = page;
    }

    @InitBinder(FORM)
    void trimInput(WebDataBinder binder) {
        // Keys pasted from the portal often bring a space or a line break along.
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
    }

    @GetMapping({"", "/"})
    String home() {
        return "redirect:" + site.settings();
    }

    @GetMapping("/settings")
    String show(Model model) {
        PluginSettings current = settings.current();
        SettingsForm form = edit.form(current);
        page.fill(model, form, current, null);
        model.addAttribute("preview", settings.headerPreview());
        return VIEW;
    }

    @PostMapping("/settings")
    String save(@ModelAttribute(FORM) SettingsForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasFieldErrors("version")) {
            // Not something an admin types: the hidden field was tampered with.
            throw AdminRequestRefused.badRequest("vipps.admin.error.bad-input");
        }
        PluginSettings current = settings.current();
        if (form.getVersion() != current.version()) {
            return stale(form, current, binding, model, response);
        }
        SettingsChange change = edit.change(form, current, binding);
        if (binding.hasErrors()) {
            return again(form, current, binding, model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            PluginSettings saved = settings.update(change, AdminUser.name(), form.getVersion());
            redirect.addFlashAttribute("saved", saved.version() != current.version());
            return "redirect:" + site.settings();
        } catch (SettingsValidationException refused) {
            // The form was checked with the same rules, so this is not expected; if it comes, it is shown the same way.
            SettingsProblems.reject(refused.problems(), binding);
            return again(form, current, binding, model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConcurrentSettingsChangeException raced) {
            return stale(form, settings.current(), binding, model, response);
        }
    }

    /** The preview of the headers the next call would carry with the form as typed (a fragment for the script). */
    @PostMapping("/settings/preview")
    String preview(@ModelAttribute(FORM) SettingsForm form, Model model) {
        EnteredSettings entered = EnteredSettings.of(form, settings.current(), properties);
        page.preview(model, entered);
        return PREVIEW_FRAGMENT;
    }

    /** "Test connection" without the script: the whole page again, with the result. */
    @PostMapping("/settings/connection")
    String testConnection(@ModelAttribute(FORM) SettingsForm form, BindingResult binding, Model model) {
        PluginSettings current = settings.current();
        model.addAttribute("report", connection.run(form, current));
        page.fill(model, form, current, binding);
        page.preview(model, EnteredSettings.of(form, current, properties));
        SettingsEdit.hideSecrets(form, current);
        return VIEW;
    }

    /** "Test connection" for the script: only the result. */
    @PostMapping("/settings/connection/check")
    String checkConnection(@ModelAttribute(FORM) SettingsForm form, Model model) {
        model.addAttribute("report", connection.run(form, settings.current()));
        return REPORT_FRAGMENT;
    }

    @GetMapping("/settings/history")
    String history(Model model) {
        model.addAttribute("entries", settings.auditTrail(HISTORY_SIZE));
        model.addAttribute("secretFields", SettingsEdit.SECRET_FIELDS);
        return HISTORY_VIEW;
    }

    private String stale(SettingsForm form, PluginSettings current, BindingResult binding, Model model,
            HttpServletResponse response) {
        // The admin's values stay on the page; saving them again now applies them over the other admin's.
        form.setVersion(current.version());
        model.addAttribute("stale", true);
        return again(form, current, binding, model, response, HttpStatus.CONFLICT);
    }

    private String again(SettingsForm form, PluginSettings current, BindingResult binding, Model model,
            HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        page.fill(model, form, current, binding);
        page.preview(model, EnteredSettings.of(form, current, properties));
        SettingsEdit.hideSecrets(form, current);
        return VIEW;
    }
}
