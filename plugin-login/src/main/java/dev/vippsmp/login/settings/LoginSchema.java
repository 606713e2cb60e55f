package dev.vippsmp.login.settings;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates and migrates the login's table with a schema history of its own ({@code vipps_login_schema_history}),
 * so the login's migrations never share version numbers with the core's or the host's.
 */
public final class LoginSchema implements InitializingBean {

    static final String LOCATION = "classpath:dev/vippsmp/login/db/migration";
    static final String HISTORY = "vipps_login_schema_history";

    private final DataSource dataSource;

    public LoginSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).table(HISTORY).baselineOnMigrate(true)
                .baselineVersion("0").load().migrate();
    }
}
