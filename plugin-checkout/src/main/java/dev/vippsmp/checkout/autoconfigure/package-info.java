/**
 * Spring Boot auto-configuration of the checkout: its table, its services and pages on the core's payment
 * lifecycle, and (with Spring Security in the host) a filter chain of its own for the endpoints the vendor calls.
 */
package dev.vippsmp.checkout.autoconfigure;
