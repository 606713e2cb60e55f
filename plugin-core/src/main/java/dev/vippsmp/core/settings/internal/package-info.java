/** Persistence of the settings and their audit trail. */
package dev.vippsmp.core.settings.internal;
