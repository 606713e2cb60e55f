package dev.vippsmp.admin.payments;

import org.springframework.web.util.UriUtils;

/** Links a payment to the shop's own page of its order, when the host says where that is. */
public record OrderLinks(String template) {

    /** The link, or null when the host configured none. */
    public String link(String orderId) {
        return template == null || template.isBlank() ? null
                : template.replace("{orderId}", UriUtils.encodePathSegment(orderId, "UTF-8"));
    }
}
