/**
 * The OpenID Connect client for the Login API, built from Spring Security's parts: the client registration from
 * the plugin's settings, the {@code Vipps-System-*} headers on the token, userinfo and JWKS calls, id_token
 * verification (RS256 against the JWKS, issuer, audience, expiry; Spring Security checks the nonce and the state),
 * and the account linking that turns the OpenID Connect user into the shop's customer.
 */
package dev.vippsmp.login.oidc;
