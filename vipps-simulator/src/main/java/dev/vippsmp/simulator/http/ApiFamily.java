package dev.vippsmp.simulator.http;

/** The vendor's APIs differ in their error shapes; the simulator answers each in its own. */
public enum ApiFamily {

    /** {@code /accesstoken/get}: problem+json (the spec defines no error body). */
    TOKEN("/accesstoken/"),
    /** ePayment: {@code Problem} in {@code application/problem+json}, error codes in {@code extraDetails}. */
    EPAYMENT("/epayment/"),
    /** Userinfo: {@code UserinfoError} in {@code application/json}, with {@code status} as a string. */
    USERINFO("/vipps-userinfo-api/"),
    /** Webhooks: {@code ProblemDetails} in {@code application/problem+json}. */
    WEBHOOKS("/webhooks/"),
    /** Order Management: {@code ErrorResponse} in {@code application/json}, field errors in {@code invalidParams}. */
    ORDER_MANAGEMENT("/order-management/"),
    /**
     * Recurring v3: the spec's {@code ErrorV3} (problem JSON with {@code contextId} and field errors as
     * {@code extraDetails:[{field, text}]}) in {@code application/json;charset=UTF-8}.
     */
    RECURRING("/recurring/"),
    /** The simulator's own control API and pages. */
    SIMULATOR("/simulator/"),
    /** Anything else: answered like ePayment. */
    OTHER("/");

    private final String prefix;

    ApiFamily(String prefix) {
        this.prefix = prefix;
    }

    public static ApiFamily of(String path) {
        for (ApiFamily family : values()) {
            if (path.startsWith(family.prefix) || (path + "/").equals(family.prefix)) {
                return family;
            }
        }
        return OTHER;
    }

    /** Whether a request to this family is a call to the vendor's APIs (journaled, guarded, open to faults). */
    public boolean isVendorApi() {
        return this != SIMULATOR;
    }
}
