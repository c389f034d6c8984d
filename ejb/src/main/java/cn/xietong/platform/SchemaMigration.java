package cn.xietong.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date at start-up, before anything else touches it. The schema
 * is owned by the SQL migrations in {@code db/migration/common} (written for PostgreSQL; H2 runs them
 * in its PostgreSQL mode) plus {@code db/migration/postgresql} or {@code db/migration/h2} for what only
 * one of them has (e.g. trigram indexes). Set {@code XIETONG_DB_SCHEMA} to keep Xietong in a schema of its own.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    /** The migrations folder of this database: {@code postgresql} or {@code h2}. */
    String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Xietong runs on PostgreSQL or H2, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    @PostConstruct
    void migrate() {
        var config = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Flyway does not expand a {vendor} placeholder itself: name the folder outright.
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                // A database-specific migration numbered between common ones (e.g. V1_1 indexes) is
                // applied even where later common versions already ran.
                .outOfOrder(true);
        String schema = PlatformSettings.databaseSchema();
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        MigrateResult result = config.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
