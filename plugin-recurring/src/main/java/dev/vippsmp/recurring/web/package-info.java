/**
 * The subscriber's pages: the return endpoint the app sends them back to ({@code /vipps/recurring/return?order=}),
 * which completes the agreement and redirects to the shop's page, and the Thymeleaf fragment
 * {@code vipps/recurring/subscriber :: subscriptions(subscriptions, stopAction)} a shop puts on its "my
 * subscriptions" page, with texts in the bundle {@code dev/vippsmp/recurring/web/messages}.
 */
package dev.vippsmp.recurring.web;
