/**
 * Polling as well as webhooks: the poller that re-reads pending agreements and open charges through their
 * completion paths, and the background jobs that run it and the charging job under a ShedLock database lock.
 */
package dev.vippsmp.recurring.polling;
