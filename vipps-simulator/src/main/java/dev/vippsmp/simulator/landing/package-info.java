/**
 * The landing page, the simulator's stand-in for the app: phone number, consent, address and delivery for Express,
 * approve or reject, then back to the merchant. Templates live under {@code templates/simulator/landing}.
 */
package dev.vippsmp.simulator.landing;
