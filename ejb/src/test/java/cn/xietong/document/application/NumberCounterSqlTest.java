package cn.xietong.document.application;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The counter statements run on the embedded default (H2 in PostgreSQL mode) as they do on
 * PostgreSQL (there, NumberingIT runs them under concurrency): creating an existing counter is a
 * no-op, the counter reads under lock and advances.
 */
class NumberCounterSqlTest {

    @Test
    void counterIsCreatedOnceLockedAndAdvancedOnH2() throws SQLException {
        String url = "jdbc:h2:mem:numbering" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        UUID unit = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            for (int round = 1; round <= 3; round++) {
                assertEquals(round == 1 ? 1 : 0, run(db, NumberingService.CREATE_COUNTER, unit, null));
                int last;
                try (PreparedStatement ps = db.prepareStatement(jdbc(NumberingService.LOCK_COUNTER))) {
                    bind(ps, NumberingService.LOCK_COUNTER, unit, null);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        last = rs.getInt(1);
                    }
                }
                assertEquals(round - 1, last);
                assertEquals(1, run(db, NumberingService.ADVANCE_COUNTER, unit, last + 1));
                db.commit();
            }
        }
    }

    private static int run(Connection db, String sql, UUID unit, Integer serial) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(jdbc(sql))) {
            bind(ps, sql, unit, serial);
            return ps.executeUpdate();
        }
    }

    /** Binds JPA's numbered parameters ?1 (unit) ?2 (organ code) ?3 (year) ?4 (serial) where they occur. */
    private static void bind(PreparedStatement ps, String jpa, UUID unit, Integer serial) throws SQLException {
        Matcher m = Pattern.compile("\\?(\\d)").matcher(jpa);
        for (int position = 1; m.find(); position++) {
            switch (m.group(1)) {
                case "1" -> ps.setObject(position, unit);
                case "2" -> ps.setString(position, "南府办");
                case "3" -> ps.setInt(position, 2026);
                default -> ps.setInt(position, serial);
            }
        }
    }

    private static String jdbc(String jpa) {
        return jpa.replaceAll("\\?\\d", "?");
    }
}
