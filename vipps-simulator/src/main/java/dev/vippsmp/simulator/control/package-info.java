/**
 * The simulator's control API under {@code /simulator}: reset, clock, rate limits, how profiles are released,
 * merchants and users, and payments as the simulator sees them, with a way to complete them as a customer without a
 * browser.
 */
package dev.vippsmp.simulator.control;
