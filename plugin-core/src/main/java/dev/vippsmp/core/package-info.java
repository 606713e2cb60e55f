/**
 * The core of the Vipps MobilePay plugin for Spring Boot shops. Features, each a package with its internals in a
 * sub-package: {@code client} (the vendor's APIs), {@code settings}, {@code payment} (the lifecycle),
 * {@code webhook}, {@code reconcile}, {@code telemetry}, {@code spi} (the port a shop implements) and
 * {@code autoconfigure}. No controllers and no templates: those live in the checkout and admin modules.
 */
package dev.vippsmp.core;
