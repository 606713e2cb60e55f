/**
 * The Recurring API v3: agreements a test user accepts or rejects on the simulator's app page, their initial charge,
 * charges processed on their due date (or at once through the control API) with the vendor's failure reasons and
 * retry days, capture, refund and cancel, the recurring webhooks, and the agreement's Userinfo consent.
 */
package dev.vippsmp.simulator.recurring;
