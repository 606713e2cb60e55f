package dev.vippsmp.demoshop.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminLoginController {

    static final String LOGIN_VIEW = "admin/login";

    @GetMapping("/admin/login")
    String login() {
        return LOGIN_VIEW;
    }

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "redirect:" + AdminOrderController.ORDERS_PATH;
    }
}
