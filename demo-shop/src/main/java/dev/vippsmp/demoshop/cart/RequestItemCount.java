package dev.vippsmp.demoshop.cart;

import java.util.OptionalLong;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The item count of a cart already read in this request, kept with the request, so that the header's badge on
 * the cart and checkout pages does not read the cart's lines a second time. Forgotten when the request changes the
 * cart; kept by no node beyond the request.
 */
final class RequestItemCount {

    private static final String ATTRIBUTE = RequestItemCount.class.getName();

    private RequestItemCount() {
    }

    static void remember(String token, long count) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, new Known(token, count), RequestAttributes.SCOPE_REQUEST);
        }
    }

    static OptionalLong recall(String token) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null && attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Known known
                && known.token().equals(token)) {
            return OptionalLong.of(known.count());
        }
        return OptionalLong.empty();
    }

    static void forget() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private record Known(String token, long count) {
    }
}
