/**
 * The Login API: an OpenID Connect provider on the vendor's paths under {@code /access-management-1.0/access/}
 * (discovery, authorize, token, JWKS) and the Login userinfo endpoint {@code /vipps-userinfo-api/userinfo/}. The
 * clients are the sales units, with their API keys; the app page under {@code /simulator/login} is where a test user
 * consents. Refusals carry the OAuth error the specifications name ({@code invalid_client}, {@code invalid_grant},
 * ...). The control API under {@code /simulator/login} rotates the signing key and spoils the next id_token, for the
 * relying party's tests.
 */
package dev.vippsmp.simulator.login;
