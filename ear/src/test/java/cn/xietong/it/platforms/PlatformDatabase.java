package cn.xietong.it.platforms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL schemas of platforms the tests start ({@code xietong_plat_<code>_<timestamp>} in the
 * database {@code test}): names, connections, dropping them afterwards and the ones runs left behind.
 */
public final class PlatformDatabase {

    static final String URL = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("it.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("it.db.password", "");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PlatformDatabase() {
    }

    /** A schema name for a platform of this run. */
    public static String newSchema(String code) {
        return "xietong_plat_" + code.toLowerCase() + "_" + LocalDateTime.now().format(STAMP);
    }

    public static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(URL + "?currentSchema=" + schema, USER, PASSWORD);
    }

    public static void drop(String schema) {
        try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD)) {
            db.createStatement().execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("Could not drop schema " + schema + " (harmless): " + e.getMessage());
        }
    }

    /** The numbers in the first row of a query with one string parameter. */
    public static List<Long> longs(Connection db, String sql, String parameter) throws SQLException {
        try (var ps = db.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (var rs = ps.executeQuery()) {
                rs.next();
                List<Long> values = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getLong(i));
                }
                return values;
            }
        }
    }

    /** Drops platform schemas of runs more than a day old (a run that died never dropped its own). */
    public static void dropOldSchemas() {
        String cutoff = LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> old = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD);
             var rs = db.createStatement().executeQuery("select nspname from pg_namespace where nspname ~ '^xietong_plat_[a-z0-9_]+_[0-9]{14}$'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.substring(name.length() - 14).compareTo(cutoff) < 0) {
                    old.add(name);
                }
            }
        } catch (SQLException e) {
            System.err.println("Could not list old platform schemas (harmless): " + e.getMessage());
        }
        old.forEach(PlatformDatabase::drop);
    }
}
