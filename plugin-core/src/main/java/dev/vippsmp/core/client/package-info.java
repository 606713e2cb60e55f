/**
 * The client for the Vipps MobilePay APIs: {@link dev.vippsmp.core.client.VippsClient} and the records it is
 * configured with. Sub-packages hold one API each (ePayment, Userinfo, Webhooks, Order Management), the access
 * token cache, the transport seam, the exception hierarchy, and the internals of making a call.
 */
package dev.vippsmp.core.client;
