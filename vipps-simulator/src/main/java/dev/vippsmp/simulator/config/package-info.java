/**
 * The simulator's settings ({@code simulator.*}), its merchants and app users, and its clock.
 */
package dev.vippsmp.simulator.config;
