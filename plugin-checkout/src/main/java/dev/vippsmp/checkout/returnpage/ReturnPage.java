package dev.vippsmp.checkout.returnpage;

import dev.vippsmp.core.spi.ShopOrder;

/**
 * What the return page shows.
 *
 * @param order the order as the shop has it now, or null when the shop no longer has it
 * @param reference the latest attempt's reference, or null when no payment was created
 * @param appUrl where the buyer can take up a payment still waiting (the vendor's page), or null
 * @param orderPageUrl the shop's own page of the order, or null
 * @param pageUrl this page's own path; {@code statusUrl} and {@code retryUrl} are below it
 */
public record ReturnPage(ReturnState state, String orderId, ShopOrder order, String reference, String appUrl,
        String orderPageUrl, String pageUrl, String statusUrl, String retryUrl) {
}
