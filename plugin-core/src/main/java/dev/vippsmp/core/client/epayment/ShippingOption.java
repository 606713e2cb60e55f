package dev.vippsmp.core.client.epayment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One delivery choice shown in the app, with its price. */
public record ShippingOption(String id, Amount amount, String name, String meta, String estimatedDelivery,
        @JsonProperty("isDefault") boolean isDefault, Integer priority) {
}
