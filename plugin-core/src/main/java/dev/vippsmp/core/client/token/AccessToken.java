package dev.vippsmp.core.client.token;

import java.time.Duration;
import java.time.Instant;

/** A bearer token and when it stops working. {@link #toString()} never shows the token. */
public record AccessToken(String value, Instant expiresAt) {

    /** True when the token still has more than {@code margin} to live at {@code now}. */
    public boolean usableAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
