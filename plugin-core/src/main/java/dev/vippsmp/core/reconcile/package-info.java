/**
 * Polling as well as webhooks: the {@link dev.vippsmp.core.reconcile.Reconciler} re-reads payments that are not
 * final, at the times {@link dev.vippsmp.core.polling.PollSchedule} decides, and
 * {@link dev.vippsmp.core.reconcile.BackgroundJobs} runs it (under a ShedLock database lock, so one node at a time)
 * together with the webhook inbox sweep and the call log's upkeep.
 */
package dev.vippsmp.core.reconcile;
