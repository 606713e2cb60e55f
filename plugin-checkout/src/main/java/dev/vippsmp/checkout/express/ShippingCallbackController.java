package dev.vippsmp.checkout.express;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.core.client.epayment.ShippingGroup;
import dev.vippsmp.core.payment.ExpressCallbacks;
import dev.vippsmp.core.spi.Address;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dynamic shipping callback of Express: the vendor asks, per address the buyer picks in the app, which
 * deliveries the shop offers there. The request must carry the token sent with that payment (compared in
 * constant time); then the shop's options for the address are answered as the vendor's groups, or 400 when the
 * shop cannot deliver there. Nothing is ever written: a wrong token is 401, a malformed body or address 400.
 */
@Controller
class ShippingCallbackController {

    private static final Logger log = LoggerFactory.getLogger(ShippingCallbackController.class);
    private static final int MAX_BODY = 8 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final ExpressCallbacks payments;

    ShippingCallbackController(ExpressCallbacks payments) {
        this.payments = payments;
    }

    @PostMapping(CheckoutUrls.SHIPPING_CALLBACK)
    ResponseEntity<String> options(HttpServletRequest request) throws IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token == null || token.isBlank()) {
            return answer(HttpStatus.UNAUTHORIZED, Map.of("error", "the Authorization token is missing"));
        }
        Optional<ShippingCallbackRequest> body = read(request);
        if (body.isEmpty()) {
            return answer(HttpStatus.BAD_REQUEST, Map.of("error", "the body is not a shipping callback"));
        }
        ShippingCallbackRequest callback = body.get();
        if (!callback.hasWellFormedReference() || !payments.verifyToken(callback.reference(), token.strip())) {
            return answer(HttpStatus.UNAUTHORIZED, Map.of("error", "the Authorization token is not this payment's"));
        }
        Optional<Address> address = callback.address();
        if (address.isEmpty()) {
            return answer(HttpStatus.BAD_REQUEST, Map.of("error", "the address is incomplete or malformed"));
        }
        List<ShippingGroup> groups = payments.shippingOptions(callback.reference(), address.get());
        if (groups.isEmpty()) {
            log.info("Express payment {}: the shop does not deliver to {}", callback.reference(),
                    address.get().country());
            return answer(HttpStatus.BAD_REQUEST, Map.of("error", "the shop does not deliver to this address"));
        }
        return answer(HttpStatus.OK, Map.of("groups", groups));
    }

    private static Optional<ShippingCallbackRequest> read(HttpServletRequest request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length == 0 || bytes.length > MAX_BODY) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(bytes, ShippingCallbackRequest.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<String> answer(HttpStatus status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }
}
