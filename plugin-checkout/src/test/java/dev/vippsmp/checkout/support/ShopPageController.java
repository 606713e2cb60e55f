package dev.vippsmp.checkout.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The host's own page carrying the express buttons. */
@Controller
class ShopPageController {

    @GetMapping("/test/shop")
    String shop() {
        return "test/shop";
    }
}
