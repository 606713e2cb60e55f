package dev.vippsmp.core.client.epayment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The delivery choices of one carrier and type, e.g. POSTEN / PICKUP_POINT. {@code type} is one of HOME_DELIVERY,
 * PICKUP_POINT, MAILBOX, IN_STORE, OTHER; {@code brand} one of BRING, DHL, FEDEX, GLS, HELTHJEM, INSTABOX,
 * MATKAHUOLTO, PORTERBUDDY, POSTEN, POSTI, POSTNORD, OTHER.
 */
public record ShippingGroup(String brand, String type, @JsonProperty("isDefault") boolean isDefault,
        Integer priority, List<ShippingOption> options) {
}
