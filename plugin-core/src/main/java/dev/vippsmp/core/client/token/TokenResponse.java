package dev.vippsmp.core.client.token;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The access token answer. The vendor's spec types every field as a string but sends numbers for the numeric
 * ones; both read into these strings.
 */
public record TokenResponse(
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") String expiresIn,
        @JsonProperty("expires_on") String expiresOn,
        @JsonProperty("access_token") String accessToken) {

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
