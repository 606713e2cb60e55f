package dev.vippsmp.core.support;

import dev.vippsmp.testsupport.PostgresDatabase;
import dev.vippsmp.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the tests on real PostgreSQL: the test host on a fresh schema, against the shared simulator. */
@RequiresPostgres
public abstract class PostgresIntegrationTest extends PluginIntegrationTest {

    private static PostgresDatabase.FreshSchema schema;

    private static synchronized PostgresDatabase.FreshSchema schema() {
        if (schema == null) {
            schema = PostgresDatabase.createSchema("vipps_core");
            PostgresDatabase.FreshSchema created = schema;
            // Shared by every class of this base through the cached context; dropped when the test JVM ends.
            Runtime.getRuntime().addShutdownHook(new Thread(created::close));
        }
        return schema;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> schema().jdbcUrl());
        registry.add("spring.datasource.username", () -> schema().user());
        registry.add("spring.datasource.password", () -> schema().password());
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    }

    /** The JDBC URL, user and password of the schema, for a second application context on the same database. */
    protected static String[] datasource() {
        return new String[] {schema().jdbcUrl(), schema().user(), schema().password()};
    }

    protected static String schemaName() {
        return schema().name();
    }
}
