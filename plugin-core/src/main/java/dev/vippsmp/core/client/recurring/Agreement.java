package dev.vippsmp.core.client.recurring;

/**
 * An agreement as {@code GET /recurring/v3/agreements/{agreementId}} answers: {@code status} PENDING, ACTIVE,
 * STOPPED or EXPIRED; {@code start} and {@code stop} are ISO date-times, null until they happen; {@code sub} and
 * {@code userinfoUrl} are set once the user shared profile data.
 */
public record Agreement(String id, String status, String productName, String productDescription,
        AgreementPricing pricing, AgreementInterval interval, String created, String start, String stop,
        String merchantRedirectUrl, String merchantAgreementUrl, String sub, String userinfoUrl, String externalId,
        String uuid, String vippsConfirmationUrl) {
}
