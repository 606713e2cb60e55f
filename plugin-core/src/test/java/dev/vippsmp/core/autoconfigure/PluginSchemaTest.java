package dev.vippsmp.core.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plugin's one set of migrations on H2 (PostgreSQL and MariaDB run them in their own persistence tests), and a
 * database that ran the earlier per-dialect scripts of the same versions: it is taken up, while a script changed in
 * any other way is still refused.
 */
class PluginSchemaTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final JdbcTemplate jdbc;

    PluginSchemaTest() {
        dataSource.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
    }

    private List<Integer> checksums() {
        return jdbc.queryForList("select \"checksum\" from \"" + PluginSchema.HISTORY_TABLE
                + "\" where \"version\" in ('1', '2', '3') order by \"version\"", Integer.class);
    }

    private void storeChecksum(String version, int checksum) {
        jdbc.update("update \"" + PluginSchema.HISTORY_TABLE + "\" set \"checksum\" = ? where \"version\" = ?",
                checksum, version);
    }

    @Test
    void theOneScriptFillsInTheDialectsTypes() {
        new PluginSchema(dataSource).migrate();

        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where "
                + "upper(table_name) = 'VIPPS_PAYMENT' and upper(column_name) = 'CREATED_AT'", String.class))
                .isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(jdbc.queryForObject("select is_identity from information_schema.columns where "
                + "upper(table_name) = 'VIPPS_PAYMENT' and upper(column_name) = 'ID'", String.class))
                .isEqualTo("YES");
        assertThat(checksums()).hasSize(3);
    }

    @Test
    void aDatabaseThatRanTheEarlierPerDialectScriptsIsTakenUpAsItIs() {
        new PluginSchema(dataSource).migrate();
        List<Integer> current = checksums();
        storeChecksum("1", 1355738443);
        storeChecksum("3", -1408666422);
        jdbc.update("insert into vipps_settings (id, version) values (1, 7)");

        new PluginSchema(dataSource).migrate();

        assertThat(checksums()).isEqualTo(current);
        assertThat(jdbc.queryForObject("select version from vipps_settings where id = 1", Long.class)).isEqualTo(7);
    }

    @Test
    void aScriptChangedInAnyOtherWayIsStillRefused() {
        new PluginSchema(dataSource).migrate();
        storeChecksum("1", 12345);

        assertThatThrownBy(() -> new PluginSchema(dataSource).migrate())
                .isInstanceOf(FlywayValidateException.class).hasMessageContaining("checksum");
        assertThat(checksums().get(0)).isEqualTo(12345);
    }

    @Test
    void theEarlierMariaDbChecksumsAreNotTakenUpOnH2() {
        new PluginSchema(dataSource).migrate();
        storeChecksum("1", -729061525);

        assertThatThrownBy(() -> new PluginSchema(dataSource).migrate())
                .isInstanceOf(FlywayValidateException.class);
    }
}
