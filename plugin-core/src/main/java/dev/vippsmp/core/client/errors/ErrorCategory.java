package dev.vippsmp.core.client.errors;

/** What went wrong with a call, coarse enough for a caller to branch on. */
public enum ErrorCategory {
    /** Missing, wrong or expired keys or token (401/403). */
    AUTHENTICATION,
    /** The request itself is wrong (other 4xx, vendor codes 4xxx and 5xxx). */
    VALIDATION,
    /** The Idempotency-Key or reference was used before with another body (409, codes 4010, 4020, 4150). */
    CONFLICT,
    /** The payment is in a state that does not allow the operation (vendor codes 6xxx). */
    STATE,
    /** The reference or resource does not exist (404). */
    NOT_FOUND,
    /** Too many calls (429). */
    RATE_LIMIT,
    /** The vendor could not answer now: 5xx, 423 locked, code 6160, or no connection or a timeout. */
    UNAVAILABLE,
    /** A webhook's content hash or signature did not verify. */
    SIGNATURE
}
