package cn.xietong.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * JDBC access to the PostgreSQL schema the test server uses, for tests that check what was stored
 * or that tamper with it on purpose (e.g. the audit chain).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/test")
                + "?currentSchema=" + schema();
        return DriverManager.getConnection(url, System.getProperty("it.db.user", "postgres"),
                System.getProperty("it.db.password", ""));
    }

    /** The id of a demo person by login name. */
    public static String personId(String login) {
        try (Connection db = connect();
             var ps = db.prepareStatement("select id from org_person where username = ?")) {
            ps.setString(1, login);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no person with login " + login);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Drops the schemas that earlier test runs left behind (more than a day old), so the shared
     * database does not fill up; the schema of a run still going is never that old.
     */
    static synchronized void dropOldRunSchemas() {
        if (cleaned) {
            return;
        }
        cleaned = true;
        String cutoff = java.time.LocalDateTime.now().minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/test"),
                System.getProperty("it.db.user", "postgres"), System.getProperty("it.db.password", ""))) {
            java.util.List<String> old = new java.util.ArrayList<>();
            try (var rs = db.createStatement().executeQuery(
                    "select nspname from pg_namespace where nspname ~ '^xietong_it_[0-9]{14}$'")) {
                while (rs.next()) {
                    if (rs.getString(1).substring("xietong_it_".length()).compareTo(cutoff) < 0) {
                        old.add(rs.getString(1));
                    }
                }
            }
            for (String schema : old) {
                db.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop old test schemas (harmless): " + e.getMessage());
        }
    }

    private static boolean cleaned;

    public static String schema() {
        return System.getProperty("it.db.schema");
    }
}
