package cn.xietong.organisation.infrastructure;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A fresh database with the migrations applied: H2 in PostgreSQL mode, or a new schema on PostgreSQL. */
public final class TestDatabase {

    final String url;
    final String user;
    final String password;
    public final String schema;

    private TestDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** A private in-memory H2 database, migrated with the common and the H2 migrations. */
    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:org" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        TestDatabase db = new TestDatabase(url, "sa", "", null);
        db.migrate("h2");
        return db;
    }

    /** A new schema on the PostgreSQL at {@code url}, migrated with the common and the PostgreSQL migrations. */
    public static TestDatabase postgres(String url, String user, String password) {
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase db = new TestDatabase(url, user, password, schema);
        db.migrate("postgresql");
        return db;
    }

    private void migrate(String vendor) {
        var config = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        if (schema != null) {
            c.setSchema(schema);
        }
        return c;
    }

    /** Drops a PostgreSQL schema made by {@link #postgres}. */
    public void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
