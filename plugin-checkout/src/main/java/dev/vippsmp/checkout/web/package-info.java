/**
 * What the checkout's own pages share: the frame they use (the host's layout or the checkout's own), a readable
 * page with the right 4xx or 5xx status for anything refused, and money as the shopper reads it.
 */
package dev.vippsmp.checkout.web;
