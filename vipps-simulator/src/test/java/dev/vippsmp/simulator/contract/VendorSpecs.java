package dev.vippsmp.simulator.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
