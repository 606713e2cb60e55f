package dev.vippsmp.testsupport;

/**
 * The demo merchants and the default test user every simulator starts with (its {@code Defaults}, documented in
 * {@code docs/simulator.md}). Kept here as plain strings because test-support must not depend on the simulator, and
 * one copy beats a copy per module when the simulator's defaults change.
 */
public final class SimulatorDefaults {

    /** The Norwegian demo merchant (Vipps, NOK). */
    public static final String MSN = "123456";
    public static final String CLIENT_ID = "sim-client-id";
    public static final String CLIENT_SECRET = "sim-client-secret";
    public static final String SUBSCRIPTION_KEY = "sim-subscription-key";

    /** The Danish demo merchant (MobilePay, DKK). */
    public static final String DK_MSN = "654321";
    public static final String DK_CLIENT_ID = "sim-dk-client-id";
    public static final String DK_CLIENT_SECRET = "sim-dk-client-secret";
    public static final String DK_SUBSCRIPTION_KEY = "sim-dk-subscription-key";

    /** The Finnish demo merchant (MobilePay, EUR). */
    public static final String FI_MSN = "765432";
    public static final String FI_CLIENT_ID = "sim-fi-client-id";
    public static final String FI_CLIENT_SECRET = "sim-fi-client-secret";
    public static final String FI_SUBSCRIPTION_KEY = "sim-fi-subscription-key";

    /** The test user who approves when nobody else is named. */
    public static final String TEST_USER = "4791234567";

    private SimulatorDefaults() {
    }
}
