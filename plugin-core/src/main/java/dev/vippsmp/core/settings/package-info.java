/**
 * The plugin's settings: initial values from {@code vipps.*} configuration ({@link
 * dev.vippsmp.core.settings.VippsProperties}), overridden field by field by what an admin saved in the database
 * ({@link dev.vippsmp.core.settings.SettingsService}); secrets encrypted at rest; every change audited.
 */
package dev.vippsmp.core.settings;
