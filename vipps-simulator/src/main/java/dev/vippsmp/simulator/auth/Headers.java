package dev.vippsmp.simulator.auth;

/** The vendor's request header names. */
public final class Headers {

    public static final String SUBSCRIPTION_KEY = "Ocp-Apim-Subscription-Key";
    public static final String MSN = "Merchant-Serial-Number";
    public static final String CLIENT_ID = "client_id";
    public static final String CLIENT_SECRET = "client_secret";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String SYSTEM_NAME = "Vipps-System-Name";
    public static final String SYSTEM_VERSION = "Vipps-System-Version";
    public static final String SYSTEM_PLUGIN_NAME = "Vipps-System-Plugin-Name";
    public static final String SYSTEM_PLUGIN_VERSION = "Vipps-System-Plugin-Version";

    static final String MSN_PATTERN = "^[0-9]{4,6}$";

    private Headers() {
    }
}
