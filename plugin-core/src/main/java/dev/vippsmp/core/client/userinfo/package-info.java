/** Userinfo API: the buyer's shared profile, read by {@code sub}. */
package dev.vippsmp.core.client.userinfo;
