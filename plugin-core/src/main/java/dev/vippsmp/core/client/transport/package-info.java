/** The seam between the API client and the network: a request, a response, and the JDK-based transport. */
package dev.vippsmp.core.client.transport;
