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

    public static String schema() {
        return System.getProperty("it.db.schema");
    }
}
