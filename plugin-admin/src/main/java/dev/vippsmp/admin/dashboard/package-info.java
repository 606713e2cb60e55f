/**
 * The API dashboard: calls, error rate and latency percentiles per operation over the last hour and day, the
 * latest errors with the vendor's code, title and traceId, and links to the vendor's status pages.
 */
package dev.vippsmp.admin.dashboard;
