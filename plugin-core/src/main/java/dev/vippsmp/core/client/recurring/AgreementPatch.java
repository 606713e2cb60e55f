package dev.vippsmp.core.client.recurring;

/** Body of {@code PATCH /recurring/v3/agreements/{agreementId}}: only the fields given are changed. */
public record AgreementPatch(String productName, String productDescription, String merchantAgreementUrl,
        String externalId, String status, PricingUpdate pricing) {

    /** Stops the agreement for good; the vendor allows no charges after it. */
    public static AgreementPatch stop() {
        return new AgreementPatch(null, null, null, null, "STOPPED", null);
    }
}
