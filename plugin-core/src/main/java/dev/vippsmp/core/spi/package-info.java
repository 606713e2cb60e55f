/**
 * The shop SPI: {@link dev.vippsmp.core.spi.VippsShop}, the small port a host shop implements, and the records it
 * exchanges with the plugin.
 */
package dev.vippsmp.core.spi;
