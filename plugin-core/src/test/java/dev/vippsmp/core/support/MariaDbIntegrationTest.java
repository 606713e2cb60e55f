package dev.vippsmp.core.support;

import dev.vippsmp.testsupport.MariaDbDatabase;
import dev.vippsmp.testsupport.RequiresMariaDb;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the tests on real MariaDB: the test host on a fresh database, against the shared simulator. */
@RequiresMariaDb
public abstract class MariaDbIntegrationTest extends PluginIntegrationTest {

    private static MariaDbDatabase.FreshDatabase database;

    private static synchronized MariaDbDatabase.FreshDatabase database() {
        if (database == null) {
            database = MariaDbDatabase.createDatabase("vipps_core");
            MariaDbDatabase.FreshDatabase created = database;
            // Shared by every class of this base through the cached context; dropped when the test JVM ends.
            Runtime.getRuntime().addShutdownHook(new Thread(created::close));
        }
        return database;
    }

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database().jdbcUrl());
        registry.add("spring.datasource.username", () -> database().user());
        registry.add("spring.datasource.password", () -> database().password());
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    }
}
