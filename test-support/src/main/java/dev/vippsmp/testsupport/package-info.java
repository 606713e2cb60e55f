/**
 * Test plumbing shared by every module: a headless Chromium driven through Debian's matching chromedriver, fresh
 * PostgreSQL schemas, and conditions that skip a test with a printed notice when a service is missing on a
 * developer's machine but fail it when the environment variable {@code CI} is set, so that CI can never go green by
 * skipping.
 */
package dev.vippsmp.testsupport;
