/**
 * Authentication as the vendor's: the access token endpoint, and the checks of subscription key, bearer token,
 * Merchant-Serial-Number and {@code Vipps-System-*} headers on every API call.
 */
package dev.vippsmp.simulator.auth;
