/**
 * A subscription's life: starting its agreement, the one completion path of an agreement (re-read from the vendor,
 * a guarded transition on the row's version, the shop told once in the same transaction), and the shop's stop,
 * pause and resume.
 */
package dev.vippsmp.recurring.lifecycle;
