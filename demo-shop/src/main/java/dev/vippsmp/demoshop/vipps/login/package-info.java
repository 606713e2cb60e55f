/**
 * The shop's side of Log in with Vipps MobilePay: the customers port ({@code VippsLoginCustomers}) on the shop's
 * customer accounts, the customer's security chain with {@code oauth2Login}, and the checkout's pre-fill from the
 * profile the customer shared.
 */
package dev.vippsmp.demoshop.vipps.login;
