/**
 * Installs the admin pages in a Spring MVC host that has the core plugin: properties under {@code vipps.admin.*},
 * the pages of each feature, and the plugin's message bundle added to the host's.
 */
package dev.vippsmp.admin.autoconfigure;
