package dev.vippsmp.core.client.recurring;

/**
 * Body of {@code POST /recurring/v3/agreements}. {@code scope} is the Userinfo scope the user is asked to share
 * (space-separated, e.g. {@code "name email phoneNumber"}); {@code initialCharge}, {@code phoneNumber} and
 * {@code scope} may be null.
 */
public record DraftAgreement(AgreementPricing pricing, AgreementInterval interval, String merchantRedirectUrl,
        String merchantAgreementUrl, String productName, String productDescription, String phoneNumber,
        InitialCharge initialCharge, String scope, String externalId) {
}
