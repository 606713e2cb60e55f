/** The Order Management API: order lines (receipts) and categories of a payment, and reading them back. */
package dev.vippsmp.simulator.ordermanagement;
