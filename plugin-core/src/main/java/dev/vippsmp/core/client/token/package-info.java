/** Access tokens: fetched once per key set, cached for their life less a margin, dropped on a 401. */
package dev.vippsmp.core.client.token;
