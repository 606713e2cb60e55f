package dev.vippsmp.demoshop.cart;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CartController {

    static final String CART_VIEW = "cart/cart";
    private static final String REDIRECT_TO_CART = "redirect:/cart";

    private final CartService carts;
    private final CartCookie cookie;

    CartController(CartService carts, CartCookie cookie) {
        this.carts = carts;
        this.cookie = cookie;
    }

    @GetMapping("/cart")
    String cart(HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("cart", carts.view(cookie.token(request), locale));
        model.addAttribute("maxQuantity", CartLimits.MAX_QUANTITY);
        return CART_VIEW;
    }

    @PostMapping("/cart/add")
    String add(@RequestParam long productId, @RequestParam(defaultValue = "1") int quantity,
               HttpServletRequest request, HttpServletResponse response) {
        String before = cookie.token(request);
        String token = carts.add(before, productId, quantity);
        if (!token.equals(before)) {
            cookie.write(token, request, response);
        }
        return REDIRECT_TO_CART;
    }

    @PostMapping("/cart/lines/{lineId}")
    String changeQuantity(@PathVariable long lineId, @RequestParam int quantity, HttpServletRequest request) {
        carts.changeQuantity(cookie.token(request), lineId, quantity);
        return REDIRECT_TO_CART;
    }

    @PostMapping("/cart/lines/{lineId}/remove")
    String remove(@PathVariable long lineId, HttpServletRequest request) {
        carts.remove(cookie.token(request), lineId);
        return REDIRECT_TO_CART;
    }
}
