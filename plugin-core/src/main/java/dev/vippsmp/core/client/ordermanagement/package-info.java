/** Order Management API: receipts (order lines) and the category link shown in the app. */
package dev.vippsmp.core.client.ordermanagement;
