/**
 * Test plumbing shared by every module: a headless Chromium driven through Debian's matching chromedriver, fresh
 * PostgreSQL schemas and MariaDB databases, and conditions that skip a test with a printed notice when a service is missing on a
 * developer's machine but fail it when the environment variable {@code CI} is set, so that CI can never go green by
 * skipping. Also what several modules' tests would otherwise each keep a copy of: the simulator's control API and
 * its default merchants (spoken over HTTP, so test-support never depends on the simulator), a service shared by a
 * whole test JVM, reading message bundles, and the architecture rules ArchUnit has no one-liner for.
 */
package dev.vippsmp.testsupport;
