package dev.vippsmp.demoshop.cart;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The item count in the page header's cart link. A bean rather than a model attribute, so that the layout shows it
 * on every page that uses it, a plugin's pages included: {@code ${@cartBadge.count()}}.
 */
@Component("cartBadge")
public class CartBadge {

    private final CartService carts;
    private final CartCookie cookie;

    CartBadge(CartService carts, CartCookie cookie) {
        this.carts = carts;
        this.cookie = cookie;
    }

    public long count() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return 0;
        }
        HttpServletRequest request = attributes.getRequest();
        return carts.itemCount(cookie.token(request));
    }
}
