package dev.vippsmp.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.autoconfigure.PluginSchema;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.transport.HttpTransport;
import dev.vippsmp.core.client.transport.TransportResponse;
import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.support.TestShop;
import dev.vippsmp.core.telemetry.ApiCallLog;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Installing the plugin into a host: its tables appear beside the host's (H2 here, the host letting Hibernate
 * update its own tables), its entities join a host that scans only its own package, the host can replace any of
 * its beans, and a missing encryption key stops startup with a message that says what to do.
 */
class H2HostTest {

    private static ApplicationContextRunner host(Class<?> configuration) {
        return new ApplicationContextRunner()
                .withUserConfiguration(configuration)
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.jpa.hibernate.ddl-auto=update",
                        "vipps.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "vipps.background-jobs.enabled=false");
    }

    @Test
    void aHostWithItsOwnEntityScanGetsThePluginsTablesAndEntitiesToo() {
        host(HostWithEntityScan.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Payments.class).hasSingleBean(PluginSchema.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select \"version\" from \"vipps_schema_history\" where \"success\"",
                    String.class)).contains("1", "2", "3");
            assertThat(jdbc.queryForObject("select character_maximum_length from information_schema.columns "
                    + "where upper(table_name) = 'VIPPS_API_CALL' and upper(column_name) = 'ERROR_TITLE'",
                    Integer.class)).isEqualTo(ApiCallLog.ERROR_TITLE_LENGTH);
            EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
            assertThat(factory.getMetamodel().getEntities()).extracting(type -> type.getJavaType().getSimpleName())
                    .contains("HostProduct", "PaymentEntity", "SettingsEntity", "WebhookInboxEntity");
        });
    }

    @Test
    void aHostCanReplaceThePluginsBeans() {
        host(HostWithOwnTransport.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(HttpTransport.class)).isSameAs(context.getBean("myTransport"));
            assertThat(context.getBean(VippsClient.class)).isNotNull();
        });
    }

    @Test
    void aMissingEncryptionKeyStopsStartupWithInstructions() {
        new ApplicationContextRunner()
                .withUserConfiguration(HostWithEntityScan.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:nokey-" + UUID.randomUUID())
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(SecretCipher.MissingEncryptionKeyException.class)
                        .hasMessageContaining("openssl rand -base64 32"));
    }

    @Test
    void invalidConfigurationStopsStartupNamingTheProperty() {
        host(HostWithEntityScan.class).withPropertyValues("vipps.system.name=" + "x".repeat(31))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("vipps.system"));
        host(HostWithEntityScan.class).withPropertyValues("vipps.order-reference-prefix=no spaces!")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "orderReferencePrefix"));
        host(HostWithEntityScan.class).withPropertyValues("vipps.settings.refresh-interval=-1s")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "refreshInterval"));
    }

    @Configuration
    @EnableAutoConfiguration
    @EntityScan(basePackageClasses = HostProduct.class)
    static class HostWithEntityScan {

        @Bean
        TestShop shop() {
            return new TestShop();
        }
    }

    @Configuration
    @EnableAutoConfiguration
    @EntityScan(basePackageClasses = HostProduct.class)
    static class HostWithOwnTransport {

        @Bean
        TestShop shop() {
            return new TestShop();
        }

        @Bean
        HttpTransport myTransport() {
            return request -> new TransportResponse(503, Map.of(), new byte[0]);
        }
    }

    /** An entity of the host's own, created by Hibernate for the host. */
    @Entity
    @Table(name = "host_product")
    static class HostProduct {
        @Id
        Long id;
    }
}
