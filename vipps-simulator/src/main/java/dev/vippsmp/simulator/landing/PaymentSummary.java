package dev.vippsmp.simulator.landing;

import dev.vippsmp.simulator.epayment.Money;
import dev.vippsmp.simulator.epayment.Payment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the landing page shows of a payment: who asks, for how much, for what, and which profile data. */
record PaymentSummary(String merchant, String brand, String reference, String amount, String description,
        List<Line> lines, List<String> claims, boolean express, String state, String returnUrl) {

    private static final Map<String, String> CLAIMS = Map.of(
            "name", "Name",
            "email", "Email address",
            "phoneNumber", "Phone number",
            "address", "Addresses",
            "birthDate", "Date of birth");

    record Line(String name, String quantity, String total) {
    }

    static PaymentSummary of(Payment payment) {
        return new PaymentSummary(payment.unit().name(), payment.unit().brand(), payment.reference(),
                payment.requestedAmount().display(), payment.paymentDescription(), lines(payment),
                payment.scopes().stream().map(scope -> CLAIMS.getOrDefault(scope, scope)).toList(),
                payment.isExpress(), payment.state().name(), payment.returnUrl());
    }

    private static List<Line> lines(Payment payment) {
        JsonNode receipt = payment.receipt();
        if (receipt == null) {
            return List.of();
        }
        String currency = payment.amount().currency();
        List<Line> lines = new ArrayList<>();
        for (JsonNode line : receipt.path("orderLines")) {
            String quantity = line.path("unitInfo").path("quantity").asString("1");
            lines.add(new Line(line.path("name").asString(""), quantity,
                    new Money(currency, line.path("totalAmount").asLong(0)).display()));
        }
        return lines;
    }
}
