package dev.vippsmp.simulator.recurring;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;

/**
 * A validated {@code PatchAgreementV3}. Pricing is checked against the agreement when applied: {@code amount} only
 * for LEGACY, {@code suggestedMaxAmount} only for VARIABLE, as the spec's {@code PricingUpdateRequest} says.
 */
record AgreementUpdate(String productName, String productDescription, String merchantAgreementUrl, String externalId,
        boolean stop, Long amount, Long suggestedMaxAmount, Interval interval) {

    static AgreementUpdate parse(Fields body, RecurringRequests requests, SalesUnit unit) {
        String status = body.text("status", null);
        if (status != null && !status.equals("STOPPED")) {
            throw ApiProblem.invalid(null, "status", "must be STOPPED: an agreement can only be stopped");
        }
        Fields pricing = body.object("pricing", null);
        Long amount = null;
        Long suggested = null;
        if (pricing != null) {
            if (pricing.has("amount")) {
                amount = RecurringRequests.amount(pricing, "amount", unit);
            }
            if (pricing.has("suggestedMaxAmount")) {
                suggested = requests.suggested(pricing, unit);
            }
        }
        return new AgreementUpdate(RecurringRequests.text(body, "productName", 1, 45, false),
                RecurringRequests.text(body, "productDescription", 1, 100, false),
                requests.url(body, "merchantAgreementUrl", false, false),
                RecurringRequests.text(body, "externalId", 1, 64, false), status != null, amount, suggested,
                requests.interval(body, "interval", false));
    }

    /** Applies the changes; the caller stops the agreement afterwards when asked to. */
    void apply(Agreement agreement) {
        Pricing pricing = agreement.pricing();
        if (amount != null && pricing.variable()) {
            throw ApiProblem.invalid(null, "pricing.amount", "can only be changed on a LEGACY agreement");
        }
        if (suggestedMaxAmount != null && !pricing.variable()) {
            throw ApiProblem.invalid(null, "pricing.suggestedMaxAmount",
                    "can only be changed on a VARIABLE agreement");
        }
        if (amount != null) {
            agreement.setPricing(pricing.withAmount(amount));
        }
        if (suggestedMaxAmount != null) {
            agreement.setPricing(pricing.withSuggestedMaxAmount(suggestedMaxAmount));
        }
        if (productName != null) {
            agreement.setProductName(productName);
        }
        if (productDescription != null) {
            agreement.setProductDescription(productDescription);
        }
        if (merchantAgreementUrl != null) {
            agreement.setMerchantAgreementUrl(merchantAgreementUrl);
        }
        if (externalId != null) {
            agreement.setExternalId(externalId);
        }
        if (interval != null) {
            agreement.setInterval(interval);
        }
    }
}
