/**
 * The shop's side of the Vipps MobilePay plugin: {@link dev.vippsmp.demoshop.vipps.DemoShopVippsAdapter}
 * implements the plugin's {@code VippsShop} port on the shop's own services (orders, carts, shipping), the way any
 * shop installing the plugin would.
 */
package dev.vippsmp.demoshop.vipps;
