/**
 * Sandbox mode ({@code demo.sandbox.enabled}): the Vipps MobilePay simulator started inside the shop's process,
 * with {@code vipps.base-url} pointing at it, so the whole payment flow runs on one machine with no vendor access.
 */
package dev.vippsmp.demoshop.sandbox;
