package dev.vippsmp.admin.connection;

import dev.vippsmp.admin.connection.ConnectionReport.Outcome;
import dev.vippsmp.core.client.errors.VippsApiException;
import java.util.Locale;

/**
 * Tells which key a refused token request was refused for. The token endpoint answers 401 for all of them without
 * an error code, so the only signal is the text: the API gateway's fixed wording for subscription keys ("Access
 * denied due to invalid subscription key", "...missing subscription key") and the token service's for client
 * credentials (and, where the token call checks it, the merchant serial number). Anything unrecognised is reported as the client id and secret, the keys admins most often mistype,
 * with the vendor's own words beside it.
 */
final class TokenRefusal {

    private TokenRefusal() {
    }

    static Outcome classify(VippsApiException refusal) {
        if (refusal.status() != 401 && refusal.status() != 403) {
            return Outcome.REFUSED;
        }
        String text = ((refusal.title() == null ? "" : refusal.title()) + " "
                + (refusal.detail() == null ? "" : refusal.detail())).toLowerCase(Locale.ROOT);
        if (text.contains("merchant-serial-number") || text.contains("merchant serial number")) {
            return Outcome.WRONG_MSN;
        }
        if (text.contains("subscription key") && (text.contains("invalid") || text.contains("missing"))) {
            return Outcome.WRONG_SUBSCRIPTION_KEY;
        }
        if (text.contains("does not belong") || text.contains("not belong to")) {
            return Outcome.KEYS_DO_NOT_MATCH;
        }
        return Outcome.WRONG_CLIENT_SECRET;
    }
}
