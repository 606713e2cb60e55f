/**
 * What the plugin records about its calls to the vendor: the queryable call log behind the admin's API dashboard
 * ({@link dev.vippsmp.core.telemetry.ApiCallLog}, {@link dev.vippsmp.core.telemetry.ApiCallStatistics}) and
 * Micrometer metrics ({@link dev.vippsmp.core.telemetry.ApiCallMetrics}). Never a secret, a token or a body.
 */
package dev.vippsmp.core.telemetry;
