/**
 * Log in with Vipps MobilePay: the Login API v2 (OpenID Connect) on Spring Security's {@code oauth2Login}. A shop
 * implements {@link dev.vippsmp.login.VippsLoginCustomers} (find a customer by verified email or phone, create one)
 * and applies {@link dev.vippsmp.login.VippsLogin} to its {@code oauth2Login}; the logged-in principal is a
 * {@link dev.vippsmp.login.VippsLoginUser}, whose {@link dev.vippsmp.login.VippsProfile} pre-fills checkout.
 */
package dev.vippsmp.login;
