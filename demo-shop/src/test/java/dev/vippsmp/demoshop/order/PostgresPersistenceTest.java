package dev.vippsmp.demoshop.order;

import dev.vippsmp.testsupport.PostgresDatabase;
import dev.vippsmp.testsupport.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The persistence contract on PostgreSQL, with the shop's {@code postgres} profile, in a fresh schema. */
@RequiresPostgres
@SpringBootTest(properties = "demo.sandbox.enabled=false")
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresPersistenceTest implements OrderPersistenceContract {

    private static PostgresDatabase.FreshSchema schema;

    @Autowired
    ApplicationContext shop;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        schema = PostgresDatabase.createSchema("demo_shop");
        registry.add("spring.datasource.url", schema::jdbcUrl);
        registry.add("spring.datasource.username", schema::user);
        registry.add("spring.datasource.password", schema::password);
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    public ApplicationContext shop() {
        return shop;
    }
}
