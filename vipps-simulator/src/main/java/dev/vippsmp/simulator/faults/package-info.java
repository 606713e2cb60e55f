/**
 * Faults on demand: make the next API calls fail, slow down, time out or lose their connection, and make webhook
 * deliveries disappear, repeat, come late or out of order. The reliability tests of the plugin depend on them.
 */
package dev.vippsmp.simulator.faults;
