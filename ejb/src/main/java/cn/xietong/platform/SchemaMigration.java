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

    @PostConstruct
    void migrate() {
        var config = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}");
        String schema = PlatformSettings.databaseSchema();
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        MigrateResult result = config.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
