package dev.vippsmp.simulator.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * Every place where the simulator knowingly differs from the vendor's OpenAPI files, with the reason. Most follow
 * DIGEST §12 and §14: the vendor changed its API after these spec files were written. The contract test fails on any
 * other difference, and on any entry here that no longer excuses anything.
 */
final class SpecDeviations {

    /**
     * @param spec the spec file
     * @param path a prefix of the request path, or "" for any
     * @param messageKey the validator's message key
     * @param contains text the validator's message contains, or "" for any
     */
    record Deviation(String spec, String path, String messageKey, String contains, String reason) {

        boolean excuses(String specFile, String requestPath, ValidationReport.Message message) {
            return spec.equals(specFile) && requestPath.startsWith(path) && message.getKey().equals(messageKey)
                    && message.getMessage().contains(contains);
        }
    }

    private static final String EP = VendorSpecs.EPAYMENT;

    static final List<Deviation> ALL = List.of(
            new Deviation(VendorSpecs.ACCESS_TOKEN, "/accesstoken/get", "validation.response.body.schema.format.byte",
                    "/access_token", "The spec types access_token as base64 (format byte), but its own description "
                    + "says it is a JWT: base64url parts joined by dots, which is not valid base64."),
            new Deviation(VendorSpecs.ACCESS_TOKEN, "/accesstoken/get", "validation.response.body.unexpected", "",
                    "The spec defines no body for 400 and 401; the simulator says why, in problem+json."),
            new Deviation(EP, "/epayment/", "validation.response.body.schema.additionalProperties",
                    "[\"extraDetails\",\"instance\"]", "DIGEST §4 and §14: the vendor's Problem now carries "
                    + "extraDetails with the ErrorCode, and instance."),
            new Deviation(EP, "/epayment/", "validation.response.status.unknown", "",
                    "The spec lists few error statuses per operation; the vendor answers 400/401/403/404/409/423/429 "
                    + "wherever they apply (DIGEST §14), e.g. 404 with 5090 for an unknown reference on GET."),
            new Deviation(EP, "/epayment/v1/payments/", "validation.response.body.schema.required", "paymentAction",
                    "DIGEST §5.3 spec quirk: PaymentEvent lists a required paymentAction that does not exist; "
                    + "events carry name."),
            new Deviation(EP, "/epayment/v1/payments/", "validation.response.contentType.notAllowed",
                    "application/problem+json", "DIGEST §5.3 spec quirk: AdjustResponse declares the 200 body "
                    + "of capture, refund and cancel as application/problem+json; the simulator sends application/json."),
            new Deviation(EP, "/epayment/v1/payments/", "validation.request.parameter.header.missing",
                    "Idempotency-Key", "DIGEST §12: an Idempotency-Key on cancel is now recommended, not required."),
            new Deviation(EP, "/epayment/v1/payments", "validation.request.body.schema.maxLength", "/reference",
                    "DIGEST §12 and §14: references may now be 8 to 64 characters, not 50."),
            new Deviation(EP, "/epayment/v1/payments", "validation.request.body.schema.pattern", "/reference",
                    "DIGEST §12 and §14: references may now be 8 to 64 characters, not 50."),
            new Deviation(EP, "/epayment/v1/payments", "validation.response.body.schema.maxLength", "/reference",
                    "DIGEST §12 and §14: references may now be 8 to 64 characters, not 50."),
            new Deviation(EP, "/epayment/v1/payments", "validation.response.body.schema.pattern", "/reference",
                    "DIGEST §12 and §14: references may now be 8 to 64 characters, not 50."),
            new Deviation(EP, "/epayment/v1/payments", "validation.request.body.schema.additionalProperties",
                    "[\"shipping\"]", "DIGEST §9 and §14: Express adds shipping (fixedOptions or dynamicOptions) "
                    + "to create; the v1.4.1 spec predates it."),
            new Deviation(EP, "/epayment/v1/payments", "validation.request.body.schema.additionalProperties",
                    "[\"taxRate\"]", "DIGEST §10: an order line's tax is taxRate (0-10000) in the current Order "
                    + "Management spec; the receipt schema the ePayment spec pins (2.3.24) knows only taxPercentage."),
            new Deviation(EP, "/epayment/v1/payments/", "validation.response.body.schema.additionalProperties",
                    "Details", "DIGEST §9 and §14: GET now adds userDetails (profile sharing) and shippingDetails "
                    + "(Express)."),
            new Deviation(VendorSpecs.ACCESS_TOKEN, "/accesstoken/get", "validation.response.status.unknown",
                    "Response status 403", "DIGEST §2 and §4: the token call takes an optional Merchant-Serial-Number; "
                    + "one naming another sales unit than the keys is refused with 403, as the vendor's gateway "
                    + "refuses it on every API. The spec lists only 400, 401 and 500."),
            new Deviation(EP, VendorSpecs.WEBHOOK_EVENT, "validation.response.body.schema.additionalProperties",
                    "[\"captureGuaranteedUntil\"", "DIGEST §5.4 and §14: the authorized event now carries "
                    + "captureGuaranteedUntil, and profile.sub and userDetails when scopes were asked for."),
            new Deviation(EP, VendorSpecs.WEBHOOK_EVENT, "validation.response.body.schema.maxLength", "/reference",
                    "DIGEST §12 and §14: references may now be 8 to 64 characters, not 50."),
            new Deviation(EP, VendorSpecs.WEBHOOK_EVENT, "validation.response.body.schema.pattern", "/reference",
                    "DIGEST §12 and §14: references may now be 8 to 64 characters, not 50."),
            new Deviation(VendorSpecs.WEBHOOKS, "/webhooks/v1/webhooks", "validation.response.status.unknown", "",
                    "The spec lists only success and 400. The vendor's gateway answers 401 for an unknown token and "
                    + "403 for another sales unit's Merchant-Serial-Number on every API (DIGEST §2, §4, §14), and "
                    + "deleting a webhook that does not exist is 404."),
            new Deviation(VendorSpecs.ORDER_MANAGEMENT, "/order-management/", "validation.response.body.unexpected",
                    "", "The spec lists 401 without a body; the simulator says why, in Order Management's "
                    + "ErrorResponse shape, as it does for every other error of the API (DIGEST §4)."),
            new Deviation(VendorSpecs.ORDER_MANAGEMENT, "/order-management/", "validation.response.status.unknown",
                    "Response status 403", "The vendor's gateway answers 403 for another sales unit's "
                    + "Merchant-Serial-Number on every API (DIGEST §4, §14); the spec does not list it."),
            new Deviation(VendorSpecs.USERINFO, "/vipps-userinfo-api/", "validation.response.body.schema.pattern",
                    "/phone_number", "DIGEST §8: the spec's pattern for phone_number (15 digits) contradicts its "
                    + "own 10-digit example; phone numbers are MSISDNs of 10 to 15 digits."));

    private SpecDeviations() {
    }

    static Optional<Deviation> excusing(String spec, String path, ValidationReport.Message message) {
        return ALL.stream().filter(deviation -> deviation.excuses(spec, path, message)).findFirst();
    }
}
