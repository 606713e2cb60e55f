package dev.vippsmp.testplugin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A plugin's admin page, drawn in the shop's admin layout. */
@Controller
class TestPluginAdminController {

    @GetMapping("/admin/test-plugin")
    String page() {
        return "testplugin/admin";
    }
}
