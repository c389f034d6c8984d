package cn.xietong.organisation.infrastructure;

import cn.xietong.organisation.application.AddressBookQuery;
import cn.xietong.organisation.application.AddressBookSql;
import cn.xietong.organisation.application.PageRequest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Times the city-scale loader and the address book's statements on PostgreSQL, in a schema of its
 * own that it drops afterwards. Not part of the normal build (the name does not end in Test); run:
 * <pre>
 * mvn -pl ejb test -Dtest=CityScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dxietong.bench.pg=jdbc:postgresql://127.0.0.1:5432/postgres -Dxietong.bench.user=postgres
 * </pre>
 */
class CityScaleBenchmark {

    @Test
    void loadACityAndSearchItsAddressBook() throws SQLException {
        String url = System.getProperty("xietong.bench.pg");
        assumeTrue(url != null, "set -Dxietong.bench.pg to a PostgreSQL JDBC URL");
        TestDatabase db = TestDatabase.postgres(url, System.getProperty("xietong.bench.user", "postgres"),
                System.getProperty("xietong.bench.password", ""));
        try {
            CityScaleResult result;
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                long start = System.nanoTime();
                result = new CityScaleWriter(c, CityScaleWriter.DEFAULT_PEOPLE, 20260101L).write();
                c.commit();
                System.out.printf("city-scale load: %s — %d units, %d departments, %d people, %d role grants;"
                                + " writer %d ms, with commit %d ms%n", result.cityName(), result.units(),
                        result.departments(), result.people(), result.roleGrants(), result.elapsedMillis(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            assertEquals(CityScaleWriter.DEFAULT_PEOPLE, result.people());
            try (Connection c = db.connect()) {
                UUID unit;
                UUID department;
                String name;
                try (var s = c.createStatement(); ResultSet r = s.executeQuery(
                        "select unit_id, department_id, name from org_person where department_id is not null"
                                + " order by username offset 20000 limit 1")) {
                    r.next();
                    unit = r.getObject(1, UUID.class);
                    department = r.getObject(2, UUID.class);
                    name = r.getString(3);
                }
                time(c, "first page, no filter", new AddressBookQuery(null, null, null, new PageRequest(1, 20)));
                time(c, "page 500, no filter", new AddressBookQuery(null, null, null, new PageRequest(500, 20)));
                time(c, "one-character name '" + name.charAt(0) + "'", new AddressBookQuery(name.substring(0, 1), null, null, new PageRequest(1, 20)));
                time(c, "two characters '" + name.substring(0, 2) + "'", new AddressBookQuery(name.substring(0, 2), null, null, new PageRequest(1, 20)));
                time(c, "full name '" + name + "'", new AddressBookQuery(name, null, null, new PageRequest(1, 20)));
                time(c, "one unit", new AddressBookQuery(null, unit, null, new PageRequest(1, 50)));
                time(c, "one department", new AddressBookQuery(null, null, department, new PageRequest(1, 50)));
                time(c, "pinyin login prefix 'c4490p0123'", new AddressBookQuery("c4490p0123", null, null, new PageRequest(1, 20)));
            }
        } finally {
            db.dropSchema();
        }
    }

    private static void time(Connection c, String label, AddressBookQuery q) throws SQLException {
        AddressBookSql sql = new AddressBookSql(q);
        long best = Long.MAX_VALUE;
        long total = 0;
        int rows = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            total = run(c, AddressBookSql.jdbc(sql.count()), sql.countParameters(), true);
            rows = (int) run(c, AddressBookSql.jdbc(sql.rows()) + " offset " + q.page().offset() + " limit "
                    + q.page().size(), sql.rowParameters(), false);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("address book, %-34s: %6d matches, %3d on page, best of 5 = %.1f ms (count + page)%n",
                label, total, rows, best / 1e6);
    }

    private static long run(Connection c, String sql, List<Object> params, boolean count) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                if (count) {
                    r.next();
                    return r.getLong(1);
                }
                long n = 0;
                while (r.next()) {
                    n++;
                }
                return n;
            }
        }
    }
}
