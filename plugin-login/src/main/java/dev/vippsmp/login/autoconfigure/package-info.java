/** The Login auto-configuration: on when the host has a {@link dev.vippsmp.login.VippsLoginCustomers} bean. */
package dev.vippsmp.login.autoconfigure;
