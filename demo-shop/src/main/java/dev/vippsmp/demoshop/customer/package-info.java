/**
 * The shop's customers: who logs in (with Vipps MobilePay, through {@code vipps.login}), the customer login page,
 * and "My orders", the orders placed with the customer's email or phone number.
 */
package dev.vippsmp.demoshop.customer;
