package dev.vippsmp.simulator.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor's OpenAPI files (system property {@code vipps.api.specs}), one validator per API. The ePayment spec
 * points its {@code receipt} at a URL on GitHub; the copy of that file beside it is used instead, as no test may
 * reach the network.
 */
final class VendorSpecs {

    static final String EPAYMENT = "epayment-v1.yml";
    static final String ACCESS_TOKEN = "access-token.yaml";
    static final String USERINFO = "userinfo.yaml";
    static final String WEBHOOKS = "webhooks-v1.yaml";
    static final String ORDER_MANAGEMENT = "order-management-v2.yaml";
    /** ePayment's schema of a webhook delivery's body; no operation of the spec refers to it. */
    static final String WEBHOOK_EVENT = "#/components/schemas/WebhookEvent";

    private static final String REMOTE_RECEIPT =
            "https://raw.githubusercontent.com/vippsas/vipps-order-management-api/2.3.24/docs/swagger.yaml";
    private static final String LOCAL_RECEIPT = "order-management-v2-2.3.24.yaml";

    private VendorSpecs() {
    }

    static Path folder() {
        String folder = System.getProperty("vipps.api.specs");
        if (folder == null) {
            throw new IllegalStateException("System property vipps.api.specs must name the vendor spec folder");
        }
        return Path.of(folder);
    }

    /** Validators by spec file, each knowing the path prefix its spec's servers carry. */
    static Map<String, OpenApiInteractionValidator> validators() {
        Map<String, OpenApiInteractionValidator> validators = new LinkedHashMap<>();
        validators.put(EPAYMENT, validator(localEpaymentSpec(), null));
        validators.put(ACCESS_TOKEN, validator(folder().resolve(ACCESS_TOKEN), null));
        validators.put(USERINFO, validator(folder().resolve(USERINFO), null));
        validators.put(WEBHOOKS, validator(folder().resolve(WEBHOOKS), "/webhooks"));
        validators.put(ORDER_MANAGEMENT, validator(folder().resolve(ORDER_MANAGEMENT), "/order-management"));
        return validators;
    }

    /**
     * Validates ePayment's webhook payloads against its {@code WebhookEvent} schema. The simulator sends these, so no
     * request or response validation would ever see them; the schema is validated directly, with the same schema
     * validator the interaction validator uses, so messages carry the same keys
     * ({@code validation.response.body.schema.*}).
     */
    static WebhookEventValidator webhookEvents() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenApiLoader().loadApi(OpenApiInteractionValidator.SpecSource.specUrl(
                localEpaymentSpec().toUri().toString()), List.of(), options);
        String name = WEBHOOK_EVENT.substring(WEBHOOK_EVENT.lastIndexOf('/') + 1);
        Schema<?> schema = api.getComponents().getSchemas().get(name);
        if (schema == null) {
            throw new IllegalStateException(EPAYMENT + " has no " + WEBHOOK_EVENT);
        }
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        // The schema validator puts "validation." in front of the prefix itself.
        return body -> validator.validate(body, schema, "response.body");
    }

    interface WebhookEventValidator {

        ValidationReport validate(String body);
    }

    /** Which spec describes a path of the simulator. */
    static String specFor(String path) {
        if (path.startsWith("/epayment/")) {
            return EPAYMENT;
        }
        if (path.startsWith("/accesstoken/")) {
            return ACCESS_TOKEN;
        }
        if (path.startsWith("/vipps-userinfo-api/")) {
            return USERINFO;
        }
        if (path.startsWith("/webhooks/")) {
            return WEBHOOKS;
        }
        if (path.startsWith("/order-management/")) {
            return ORDER_MANAGEMENT;
        }
        return null;
    }

    private static OpenApiInteractionValidator validator(Path spec, String basePath) {
        OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator
                .createForSpecificationUrl(spec.toUri().toString());
        if (basePath != null) {
            builder.withBasePathOverride(basePath);
        }
        return builder.build();
    }

    private static Path localEpaymentSpec() {
        try {
            Path copy = Files.createTempDirectory("vipps-specs");
            String epayment = Files.readString(folder().resolve(EPAYMENT)).replace(REMOTE_RECEIPT, "./" + LOCAL_RECEIPT);
            Files.writeString(copy.resolve(EPAYMENT), epayment);
            Files.copy(folder().resolve(LOCAL_RECEIPT), copy.resolve(LOCAL_RECEIPT));
            copy.toFile().deleteOnExit();
            copy.resolve(EPAYMENT).toFile().deleteOnExit();
            copy.resolve(LOCAL_RECEIPT).toFile().deleteOnExit();
            return copy.resolve(EPAYMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
