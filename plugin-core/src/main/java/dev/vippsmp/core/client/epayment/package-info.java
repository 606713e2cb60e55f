/** The ePayment API v1: create, read, events, capture, refund, cancel; and its request and answer records. */
package dev.vippsmp.core.client.epayment;
