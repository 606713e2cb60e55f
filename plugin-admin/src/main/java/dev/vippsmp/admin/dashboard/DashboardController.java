package dev.vippsmp.admin.dashboard;

import dev.vippsmp.admin.web.VippsAdminProperties;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.telemetry.ApiCallStatistics;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The API dashboard: the shop's calls to the vendor per operation over the last hour and day, the latest errors. */
@Controller
@RequestMapping("${vipps.admin.path:/admin/vipps}/dashboard")
class DashboardController {

    static final String VIEW = "vipps-admin/dashboard/dashboard";
    static final int RECENT_ERRORS = 20;

    private final ApiCallStatistics statistics;
    private final SettingsService settings;
    private final VippsAdminProperties properties;

    DashboardController(ApiCallStatistics statistics, SettingsService settings, VippsAdminProperties properties) {
        this.statistics = statistics;
        this.settings = settings;
        this.properties = properties;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("lastHour", statistics.perOperation(Duration.ofHours(1)));
        model.addAttribute("lastDay", statistics.perOperation(Duration.ofDays(1)));
        model.addAttribute("errors", statistics.recent(RECENT_ERRORS, true));
        model.addAttribute("settings", settings.current());
        model.addAttribute("statusPages", properties.statusPages());
        return VIEW;
    }
}
