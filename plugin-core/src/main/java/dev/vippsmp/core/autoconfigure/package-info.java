/**
 * Spring Boot auto-configuration: the plugin's tables and entities, settings, client, payment lifecycle, webhook
 * inbox, background jobs and health indicator, each a {@code @ConditionalOnMissingBean} bean a host can replace.
 */
package dev.vippsmp.core.autoconfigure;
