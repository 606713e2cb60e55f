package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a {@code Receipt} (order lines and bottom line) by the Order Management rules, on create and on
 * {@code POST /order-management/v2/{paymentType}/receipts/{orderId}}. A line's tax is {@code taxRate} (0-10000) or
 * the deprecated {@code taxPercentage} (0-100): the newest spec accepts either.
 */
public final class ReceiptValidator {

    private static final Set<String> CURRENCIES = Set.of("NOK", "DKK", "EUR");
    private static final Set<String> UNITS = Set.of("PCS", "KG", "KM", "MINUTE", "LITRE", "KWH");
    private static final Set<String> BARCODES = Set.of("EAN-13", "CODE 39", "CODE 128");
    private static final Pattern QUANTITY = Pattern.compile("^\\d+([.]\\d{1,8})?$");

    private ReceiptValidator() {
    }

    public static void validate(Fields receipt) {
        List<Fields> lines = receipt.objects("orderLines", null);
        if (lines == null) {
            throw ApiProblem.missing(receipt.path("orderLines"));
        }
        if (lines.isEmpty()) {
            throw ApiProblem.invalid(null, receipt.path("orderLines"), "must have at least one line");
        }
        lines.forEach(ReceiptValidator::line);
        bottomLine(receipt.requiredObject("bottomLine", null));
    }

    private static void line(Fields line) {
        line.requiredText("name", null);
        line.requiredText("id", null);
        line.requiredInteger("totalAmount", ErrorCode.INVALID_AMOUNT);
        line.requiredInteger("totalAmountExcludingTax", ErrorCode.INVALID_AMOUNT);
        line.requiredInteger("totalTaxAmount", ErrorCode.INVALID_AMOUNT);
        Long taxRate = line.integer("taxRate", null);
        Long taxPercentage = line.integer("taxPercentage", null);
        if (taxRate == null && taxPercentage == null) {
            throw ApiProblem.invalid(ErrorCode.MISSING_PARAMETER, line.path("taxRate"), "taxRate or taxPercentage is required");
        }
        range(line, "taxRate", taxRate, 10_000);
        range(line, "taxPercentage", taxPercentage, 100);
        range(line, "discount", line.integer("discount", ErrorCode.INVALID_AMOUNT), Long.MAX_VALUE);
        line.text("productUrl", null);
        line.bool("isReturn");
        line.bool("isShipping");
        Fields unitInfo = line.object("unitInfo", null);
        if (unitInfo != null) {
            range(unitInfo, "unitPrice", unitInfo.requiredInteger("unitPrice", ErrorCode.INVALID_AMOUNT), Long.MAX_VALUE);
            String quantity = unitInfo.requiredText("quantity", null);
            if (quantity.length() > 10 || !QUANTITY.matcher(quantity).matches()) {
                throw ApiProblem.invalid(null, unitInfo.path("quantity"), "must be a number such as 2 or 0.822, as a string");
            }
            member(unitInfo, "quantityUnit", UNITS);
        }
    }

    private static void bottomLine(Fields bottomLine) {
        bottomLine.requiredText("currency", null);
        member(bottomLine, "currency", CURRENCIES);
        range(bottomLine, "tipAmount", bottomLine.integer("tipAmount", ErrorCode.INVALID_AMOUNT), Long.MAX_VALUE);
        bottomLine.text("posId", null);
        bottomLine.text("receiptNumber", null);
        bottomLine.object("paymentSources", null);
        Fields barcode = bottomLine.object("barcode", null);
        if (barcode != null) {
            barcode.requiredText("format", null);
            member(barcode, "format", BARCODES);
            barcode.requiredText("data", null);
        }
    }

    private static void range(Fields object, String field, Long value, long max) {
        if (value != null && (value < 0 || value > max)) {
            throw ApiProblem.invalid(null, object.path(field),
                    max == Long.MAX_VALUE ? "must not be negative" : "must be between 0 and " + max);
        }
    }

    private static void member(Fields object, String field, Set<String> allowed) {
        String value = object.text(field, null);
        if (value != null && !allowed.contains(value)) {
            throw ApiProblem.invalid(null, object.path(field),
                    "must be one of " + String.join(", ", CreatePaymentParser.sorted(allowed)));
        }
    }
}
