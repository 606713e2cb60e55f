package dev.vippsmp.core.client.ordermanagement;

/**
 * Body of the category call: a link in the app to the order in the shop. {@code category} is one of GENERAL,
 * RECEIPT, ORDER_CONFIRMATION, DELIVERY, TICKET, BOOKING.
 */
public record OrderCategory(String category, String orderDetailsUrl, String imageId) {
}
