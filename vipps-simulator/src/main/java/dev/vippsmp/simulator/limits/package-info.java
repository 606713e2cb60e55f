/** The vendor's per-reference rate limits, answered with 429 and {@code Retry-After}. */
package dev.vippsmp.simulator.limits;
