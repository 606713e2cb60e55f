package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.journal.OutboundEntry;
import dev.vippsmp.simulator.journal.OutboundLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery options an Express customer can choose for an address: the fixed options, or what the merchant's
 * dynamic callback answers. The callback gets {@code {Reference, AddressLine1, AddressLine2, City, PostCode,
 * Country}} with {@code Authorization: <callbackAuthorizationToken>} and answers {@code {"groups": [...]}}; a 400
 * means the merchant cannot ship there.
 */
@Component
public class ShippingQuotes {

    private final HttpClient client;
    private final Duration timeout;
    private final JsonMapper json;
    private final OutboundLog log;
    private final SimulatorClock clock;

    ShippingQuotes(SimulatorProperties properties, JsonMapper json, OutboundLog log, SimulatorClock clock) {
        this.timeout = properties.express().callbackTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.json = json;
        this.log = log;
        this.clock = clock;
    }

    /** Why no options can be offered for an address: the merchant cannot ship there, or did not answer properly. */
    public static final class NoShippingException extends RuntimeException {

        private final boolean cannotShipHere;

        NoShippingException(boolean cannotShipHere, String message) {
            super(message, null, false, false);
            this.cannotShipHere = cannotShipHere;
        }

        /** True when the merchant said it does not ship to the address (its callback answered 400). */
        public boolean cannotShipHere() {
            return cannotShipHere;
        }
    }

    public List<ShippingGroup> quote(Payment payment, ShippingAddress address) {
        ShippingRequest shipping = payment.shipping();
        if (shipping == null) {
            return List.of();
        }
        if (!shipping.isDynamic()) {
            return ShippingGroup.sorted(shipping.fixedOptions());
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("Reference", payment.reference());
        body.put("AddressLine1", address.addressLine1());
        body.put("AddressLine2", address.addressLine2());
        body.put("City", address.city());
        body.put("PostCode", address.postCode());
        body.put("Country", address.country());
        byte[] bytes = json.writeValueAsBytes(body);
        long started = System.nanoTime();
        Integer status = null;
        String answer = null;
        String error = null;
        String outcome = "FAILED";
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(shipping.callbackUrl()))
                    .timeout(timeout).header("Content-Type", "application/json")
                    .header("Authorization", shipping.callbackAuthorizationToken())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = response.body();
            if (status == 400) {
                outcome = "CANNOT_SHIP";
                throw new NoShippingException(true, "The shop cannot ship to this address");
            }
            if (status < 200 || status > 299) {
                throw new NoShippingException(false, "The shop's shipping service answered " + status);
            }
            List<ShippingGroup> groups = parse(answer, payment.amount().currency());
            outcome = "ANSWERED";
            return groups;
        } catch (IOException e) {
            error = e instanceof java.net.http.HttpTimeoutException ? "No answer within the timeout" : e.toString();
            throw new NoShippingException(false, "The shop's shipping service did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoShippingException(false, "Interrupted while asking the shop for shipping options");
        } finally {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Content-Type", List.of("application/json"));
            headers.put("Authorization", List.of(shipping.callbackAuthorizationToken()));
            log.add(new OutboundEntry(log.nextId(), clock.now(), "SHIPPING_CALLBACK", shipping.callbackUrl(),
                    OutboundLog.masked(headers), new String(bytes, StandardCharsets.UTF_8), status, answer, error,
                    outcome, (System.nanoTime() - started) / 1_000_000, payment.reference(), null, null, null, null));
        }
    }

    private static List<ShippingGroup> parse(String answer, String currency) {
        try {
            Fields body = Fields.parse(answer.getBytes(StandardCharsets.UTF_8), false);
            List<Fields> groups = body.objects("groups", null);
            if (groups == null) {
                throw ApiProblem.missing("groups");
            }
            return ShippingGroup.sorted(ShippingParser.groups(groups, currency, "groups"));
        } catch (ApiProblem problem) {
            throw new NoShippingException(false, "The shop's shipping options are not valid: " + problem.detail());
        }
    }
}
