/**
 * The Webhooks API: registrations with a secret shown once, and signed, asynchronous, ordered deliveries of payment
 * and recurring events with the vendor's retry schedule.
 */
package dev.vippsmp.simulator.webhooks;
