package dev.vippsmp.core.autoconfigure;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versions 1 to 3 were once written out per dialect (a folder for H2 and PostgreSQL, one for MariaDB) and are now
 * one script with placeholders that creates the same tables. A database that ran the earlier scripts holds their
 * checksums, which Flyway would refuse as changed migrations. When every mismatch is one of exactly those earlier
 * checksums, the history is realigned to the new scripts; any other mismatch is left for Flyway to refuse.
 */
final class EarlierScripts {

    private static final Logger log = LoggerFactory.getLogger(EarlierScripts.class);

    /** Version to the checksum Flyway stored for the earlier script of that version, per dialect. */
    private static final Map<PluginSchema.Dialect, Map<String, Integer>> CHECKSUMS = Map.of(
            PluginSchema.Dialect.STANDARD, Map.of("1", 1355738443, "2", 2019254327, "3", -1408666422),
            PluginSchema.Dialect.MARIADB, Map.of("1", -729061525, "2", 2019254327, "3", -2036139260));

    private EarlierScripts() {
    }

    static void realign(Flyway flyway, PluginSchema.Dialect dialect) {
        Set<String> mismatched = mismatches(flyway);
        if (mismatched.isEmpty()) {
            return;
        }
        Map<String, Integer> earlier = CHECKSUMS.get(dialect);
        boolean allEarlier = true;
        for (MigrationInfo applied : flyway.info().applied()) {
            String version = applied.getVersion() == null ? null : applied.getVersion().getVersion();
            if (mismatched.contains(version)) {
                allEarlier &= applied.getChecksum() != null && applied.getChecksum().equals(earlier.get(version));
            }
        }
        if (allEarlier) {
            log.info("The plugin's schema history names the earlier per-dialect scripts of versions {}; recording "
                    + "the single scripts that replaced them (the tables are the same)", mismatched);
            flyway.repair();
        }
    }

    /** The versions whose applied script Flyway finds changed. */
    static Set<String> mismatches(Flyway flyway) {
        return flyway.validateWithResult().invalidMigrations.stream()
                .filter(invalid -> invalid.errorDetails != null
                        && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH)
                .map(invalid -> invalid.version)
                .collect(Collectors.toSet());
    }
}
