package dev.vippsmp.core.client.recurring;

/** The answer to a new agreement: where to send the user ({@code vippsConfirmationUrl}) and the initial charge. */
public record DraftAgreementResponse(String agreementId, String uuid, String vippsConfirmationUrl, String chargeId) {
}
