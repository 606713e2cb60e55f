/** How payments are stored and moved: guarded updates, transition rules, references and idempotency keys. */
package dev.vippsmp.core.payment.internal;
