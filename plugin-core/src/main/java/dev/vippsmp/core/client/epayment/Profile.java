package dev.vippsmp.core.client.epayment;

/** In a request: the space-separated scopes to share. In an answer: the {@code sub} for Userinfo. */
public record Profile(String scope, String sub) {

    /** What Express requires, exactly. */
    public static final String EXPRESS_SCOPE = "name address email phoneNumber";
    /** Name, email and phone for carts with nothing to ship: no address, no delivery method. */
    public static final String CONTACT_SCOPE = "name email phoneNumber";
    /**
     * Name, email and phone plus the address, for carts with nothing to ship when the shop wants an address anyway.
     * The same claims as Express, but sent without {@code shipping}, so the app offers no delivery to pay for.
     */
    public static final String CONTACT_AND_ADDRESS_SCOPE = "name address email phoneNumber";

    public static Profile scope(String scope) {
        return new Profile(scope, null);
    }
}
