/**
 * The ePayment API: creating payments (with profile sharing and Express), the lifecycle and its rules, the event
 * log, force approve, test amounts, expiry, and the dynamic shipping callback to the merchant.
 */
package dev.vippsmp.simulator.epayment;
