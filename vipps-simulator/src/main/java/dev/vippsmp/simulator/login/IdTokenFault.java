package dev.vippsmp.simulator.login;

/**
 * How the control API spoils the next id_token, so that a relying party's tests can prove each check of OpenID
 * Connect Core §3.1.3.7 refuses it.
 */
enum IdTokenFault {
    /** A payload byte changed after signing: the signature no longer verifies. */
    TAMPERED_PAYLOAD,
    /** Signed with a key that no JWKS publishes. */
    UNKNOWN_KEY,
    /** A {@code nonce} other than the one the authorization request carried. */
    WRONG_NONCE,
    /** Another {@code iss}. */
    WRONG_ISSUER,
    /** Another {@code aud}. */
    WRONG_AUDIENCE,
    /** An {@code exp} in the past. */
    EXPIRED
}
