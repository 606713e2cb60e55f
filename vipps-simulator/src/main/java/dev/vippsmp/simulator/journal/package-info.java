/**
 * Records of traffic: the journal of requests clients sent (so a test can read back exactly which headers and body
 * a client sent), and the log of requests the simulator sent to merchants. Secrets are masked in both.
 */
package dev.vippsmp.simulator.journal;
