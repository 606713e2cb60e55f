package dev.vippsmp.demoshop.cart;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The cookie that holds a shopper's cart token: HttpOnly, SameSite=Lax, kept for as long as carts are kept. Any
 * code with the request (a plugin's "Buy now" endpoint, too) finds the shopper's cart through {@link #token}.
 */
@Component
public class CartCookie {

    public static final String NAME = "shop_cart";

    private final Duration lifetime;

    CartCookie(CartProperties properties) {
        this.lifetime = properties.lifetime();
    }

    /** The cart token the browser sent, or null. */
    public String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    void write(String token, HttpServletRequest request, HttpServletResponse response) {
        set(token, lifetime, request, response);
    }

    /** Forgets the cart in the browser, once an order has been placed from it. */
    public void clear(HttpServletRequest request, HttpServletResponse response) {
        set("", Duration.ZERO, request, response);
    }

    private static void set(String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, value)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build()
                .toString());
    }
}
