package dev.vippsmp.simulator.profile;

import java.time.Duration;

/**
 * How the buyer's profile reaches the merchant after an authorization with profile sharing.
 *
 * @param userDetails whether GET and the authorized webhook carry {@code userDetails}; without them only
 *         {@code profile.sub} comes, and the merchant must read Userinfo by it
 * @param profileDelay how long after authorization {@code profile.sub} (and {@code userDetails}) appear on GET
 */
public record ProfileRelease(boolean userDetails, Duration profileDelay) {

    /** This release with the given changes; null keeps a value. */
    public ProfileRelease with(Boolean newUserDetails, Duration newProfileDelay) {
        return new ProfileRelease(newUserDetails == null ? userDetails : newUserDetails,
                newProfileDelay == null ? profileDelay : newProfileDelay);
    }
}
