package dev.vippsmp.simulator.recurring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers and webhook bodies, written as the spec's {@code AgreementResponseV3}, {@code ChargeResponseV3} and
 * the recurring webhook payloads. Maps rather than records so that nullable fields are sent as {@code null}, as the
 * spec marks them, and absent ones are left out.
 */
final class RecurringViews {

    private RecurringViews() {
    }

    static Map<String, Object> agreement(Agreement agreement) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", agreement.id());
        view.put("uuid", agreement.uuid());
        view.put("status", agreement.status().name());
        view.put("productName", agreement.productName());
        if (agreement.productDescription() != null) {
            view.put("productDescription", agreement.productDescription());
        }
        view.put("pricing", pricing(agreement.pricing()));
        Map<String, Object> interval = new LinkedHashMap<>();
        interval.put("unit", agreement.interval().unit());
        interval.put("count", agreement.interval().count());
        interval.put("text", agreement.interval().text());
        view.put("interval", interval);
        view.put("campaign", null);
        view.put("created", agreement.created().toString());
        view.put("start", agreement.start() == null ? null : agreement.start().toString());
        view.put("stop", agreement.stop() == null ? null : agreement.stop().toString());
        view.put("merchantAgreementUrl", agreement.merchantAgreementUrl());
        view.put("merchantRedirectUrl", agreement.draft().merchantRedirectUrl());
        view.put("sub", agreement.sub());
        view.put("userinfoUrl", agreement.sub() == null ? null
                : agreement.baseUrl() + "/vipps-userinfo-api/userinfo/" + agreement.sub());
        if (agreement.externalId() != null) {
            view.put("externalId", agreement.externalId());
        }
        view.put("countryCode", agreement.draft().countryCode());
        view.put("vippsConfirmationUrl", confirmationUrl(agreement));
        return view;
    }

    static String confirmationUrl(Agreement agreement) {
        return agreement.baseUrl() + RecurringAppController.APP_PATH + "?token=" + agreement.token();
    }

    private static Map<String, Object> pricing(Pricing pricing) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", pricing.type());
        view.put("currency", pricing.currency());
        if (pricing.variable()) {
            view.put("suggestedMaxAmount", pricing.suggestedMaxAmount());
            view.put("maxAmount", pricing.maxAmount());
        } else {
            view.put("amount", pricing.amount());
        }
        return view;
    }

    static Map<String, Object> charge(Agreement agreement, Charge charge) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", charge.id());
        view.put("agreementId", charge.agreementId());
        view.put("externalId", charge.externalId() != null ? charge.externalId() : charge.id());
        if (agreement.externalId() != null) {
            view.put("externalAgreementId", agreement.externalId());
        }
        view.put("amount", charge.amount());
        view.put("currency", charge.currency());
        view.put("description", charge.description());
        view.put("due", charge.due().atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        view.put("retryDays", charge.retryDays());
        view.put("status", charge.status().name());
        view.put("transactionId", charge.transactionId());
        view.put("type", charge.type());
        view.put("transactionType", charge.transactionType());
        view.put("failureReason", charge.failure() == null ? null : charge.failure().reason().code());
        view.put("failureDescription", charge.failure() == null ? null : charge.failure().description());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("captured", charge.captured());
        summary.put("refunded", charge.refunded());
        summary.put("cancelled", charge.cancelled());
        view.put("summary", summary);
        view.put("history", charge.history().stream().map(RecurringViews::event).toList());
        return view;
    }

    private static Map<String, Object> event(ChargeHistoryEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("occurred", event.occurred().toString());
        view.put("event", event.event());
        view.put("amount", event.amount());
        view.put("idempotencyKey", event.idempotencyKey());
        view.put("success", event.success());
        return view;
    }

    /** An agreement webhook: {@code agreementId, agreementExternalId, eventType, occurred, msn}. */
    static Map<String, Object> agreementWebhook(Agreement agreement, RecurringEvent event, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agreementId", agreement.id());
        body.put("agreementExternalId", agreement.externalId());
        body.put("eventType", event.webhookEvent());
        body.put("occurred", now.toString());
        body.put("msn", agreement.msn());
        return body;
    }

    /** A charge webhook: the agreement's fields plus the charge's amounts and, when it failed, why. */
    static Map<String, Object> chargeWebhook(Agreement agreement, Charge charge, RecurringEvent event, Instant now) {
        Map<String, Object> body = agreementWebhook(agreement, event, now);
        body.put("chargeId", charge.id());
        body.put("chargeExternalId", charge.externalId() != null ? charge.externalId() : charge.id());
        body.put("chargeType", charge.type());
        body.put("currency", charge.currency());
        body.put("amount", charge.amount());
        body.put("amountCaptured", charge.captured());
        body.put("amountCanceled", charge.cancelled());
        body.put("amountRefunded", charge.refunded());
        body.put("transactionId", charge.transactionId());
        body.put("failureReason", charge.failure() == null ? null : charge.failure().reason().code());
        body.put("failureDescription", charge.failure() == null ? null : charge.failure().description());
        return body;
    }

    static List<Map<String, Object>> charges(Agreement agreement, List<Charge> charges) {
        return charges.stream().map(charge -> charge(agreement, charge)).toList();
    }
}
