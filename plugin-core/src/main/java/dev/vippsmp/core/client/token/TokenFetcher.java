package dev.vippsmp.core.client.token;

import dev.vippsmp.core.client.ClientConfiguration;

/** Fetches a new token from the vendor for the key set of the configuration. */
@FunctionalInterface
public interface TokenFetcher {

    AccessToken fetch(ClientConfiguration configuration);
}
