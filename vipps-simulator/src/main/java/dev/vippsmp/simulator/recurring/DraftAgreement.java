package dev.vippsmp.simulator.recurring;

import java.util.List;

/** A validated {@code DraftAgreementV3}. */
record DraftAgreement(Pricing pricing, Interval interval, String merchantRedirectUrl, String merchantAgreementUrl,
        String productName, String productDescription, String phoneNumber, List<String> scopes,
        InitialCharge initialCharge, String externalId, String countryCode, boolean isApp) {
}
