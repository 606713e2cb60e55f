/** How a call is made: headers, token, retries, error mapping and call reporting. Used only by the client. */
package dev.vippsmp.core.client.internal;
