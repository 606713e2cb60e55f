package dev.vippsmp.admin.connection;

import java.util.List;

/**
 * What "Test connection" found: whether the keys work against the base URL, and if not, which of them to fix.
 *
 * @param missing the keys not filled in (MISSING_KEYS): {@code merchantSerialNumber}, {@code clientId},
 *        {@code clientSecret}, {@code subscriptionKey}; or the saved secrets to type again (RETYPE_SECRETS)
 * @param webhooks how many webhooks the sales unit has registered (CONNECTED only)
 * @param vendorStatus the vendor's HTTP status when it refused; 0 otherwise
 */
public record ConnectionReport(Outcome outcome, String baseUrl, String merchantSerialNumber, List<String> missing,
        int webhooks, int vendorStatus, String vendorCode, String vendorTitle, String vendorDetail, String traceId) {

    /** What happened, each with a text that tells the admin what to do. */
    public enum Outcome {
        /** A token was issued and the webhooks listed: the keys and the MSN belong together. */
        CONNECTED,
        /** Not every key is filled in; nothing was called. */
        MISSING_KEYS,
        /** The API base URL override is not an http or https URL; nothing was called. */
        INVALID_BASE_URL,
        /** The base URL is plain http to another machine: the keys would travel unencrypted. Nothing was called. */
        PLAIN_HTTP,
        /**
         * The base URL is not where calls go now, and a secret was left as saved: the saved secrets are sent only
         * where calls already go, so the admin types them again; nothing was called.
         */
        RETYPE_SECRETS,
        /** The merchant serial number is not 4 to 6 digits; nothing was called. */
        INVALID_MSN,
        /** No connection to the base URL (refused, DNS, TLS, proxy). */
        UNREACHABLE,
        /** The base URL did not answer in time. */
        TIMEOUT,
        /** The gateway refused the Ocp-Apim-Subscription-Key. */
        WRONG_SUBSCRIPTION_KEY,
        /** The subscription key was accepted, the client id and client secret were not. */
        WRONG_CLIENT_SECRET,
        /** Client id and subscription key are both valid but belong to different sales units or environments. */
        KEYS_DO_NOT_MATCH,
        /** A token was issued, but the merchant serial number is not the sales unit of these keys. */
        WRONG_MSN,
        /** Something else went wrong; the vendor's answer says what. */
        REFUSED;

        public boolean isSuccess() {
            return this == CONNECTED;
        }
    }

    static ConnectionReport connected(String baseUrl, String msn, int webhooks) {
        return new ConnectionReport(Outcome.CONNECTED, baseUrl, msn, List.of(), webhooks, 0, null, null, null, null);
    }

    static ConnectionReport missing(String baseUrl, String msn, List<String> missing) {
        return new ConnectionReport(Outcome.MISSING_KEYS, baseUrl, msn, List.copyOf(missing), 0, 0, null, null, null,
                null);
    }

    /** The typed base URL cannot be called; nothing was. */
    public static ConnectionReport invalidBaseUrl(String typed) {
        return new ConnectionReport(Outcome.INVALID_BASE_URL, typed, null, List.of(), 0, 0, null, null, null, null);
    }

    /** The base URL would carry the keys in the clear; nothing was called. */
    public static ConnectionReport plainHttp(String baseUrl) {
        return new ConnectionReport(Outcome.PLAIN_HTTP, baseUrl, null, List.of(), 0, 0, null, null, null, null);
    }

    /** The saved secrets are not sent to this base URL; the admin types these again. Nothing was called. */
    public static ConnectionReport retypeSecrets(String baseUrl, String msn, List<String> secrets) {
        return new ConnectionReport(Outcome.RETYPE_SECRETS, baseUrl, msn, List.copyOf(secrets), 0, 0, null, null,
                null, null);
    }

    /** True when the vendor said something worth quoting to its support. */
    public boolean hasVendorAnswer() {
        return vendorTitle != null || vendorCode != null || traceId != null;
    }
}
