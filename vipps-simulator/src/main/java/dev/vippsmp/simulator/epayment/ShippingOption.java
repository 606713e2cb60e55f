package dev.vippsmp.simulator.epayment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/** One delivery choice of an Express payment; its amount is added to the payment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShippingOption(
        String id,
        Money amount,
        String name,
        JsonNode meta,
        JsonNode estimatedDelivery,
        @JsonProperty("isDefault") boolean isDefault,
        Integer priority) {

    /** {@code estimatedDelivery} for people. */
    public String estimatedDeliveryText() {
        return describe(estimatedDelivery);
    }

    /** {@code meta} or {@code estimatedDelivery} for people: the text itself, or the JSON. */
    public static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isString() ? node.stringValue() : node.toString();
    }
}
