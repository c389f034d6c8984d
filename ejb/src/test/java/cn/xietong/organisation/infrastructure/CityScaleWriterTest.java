package cn.xietong.organisation.infrastructure;

import cn.xietong.organisation.application.AddressBookQuery;
import cn.xietong.organisation.application.AddressBookSql;
import cn.xietong.organisation.application.PageRequest;
import cn.xietong.organisation.model.LoginName;
import cn.xietong.organisation.model.MobileNumber;
import cn.xietong.organisation.model.PhoneNumber;
import cn.xietong.organisation.model.RegionCode;
import cn.xietong.organisation.model.RegionLevel;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.UnitShortName;
import cn.xietong.organisation.model.Uscc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityScaleWriterTest {

    private static final int PEOPLE = 5_000;
    private TestDatabase db;
    private CityScaleResult city;

    @BeforeAll
    void loadACity() throws SQLException {
        db = TestDatabase.h2();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            city = new CityScaleWriter(c, PEOPLE, 7).write();
            c.commit();
        }
    }

    @Test
    void theCityHasAThousandUnitsOnFourLevelsAndExactlyThePeopleAskedFor() throws SQLException {
        assertEquals(1_000, city.units());
        assertEquals(PEOPLE, city.people());
        assertEquals(1 + 10 + 120 + 540, city.regions());
        assertEquals(PEOPLE, count("select count(*) from org_person"));
        assertEquals(1_000, count("select count(*) from org_unit"));
        assertEquals(city.roleGrants(), count("select count(*) from org_person_role"));
    }

    @Test
    void everyUnitHasEveryRoleItsDocumentsNeed() throws SQLException {
        long unitsMissingARole = count("select count(*) from org_unit u where (select count(distinct r.role_name)"
                + " from org_person p join org_person_role r on r.person_id = p.id where p.unit_id = u.id"
                + " and r.role_name <> 'PLATFORM_ADMIN') < 7");
        assertEquals(0, unitsMissingARole);
        assertEquals(0, count("select count(*) from org_person p where not exists"
                + " (select 1 from org_person_role r where r.person_id = p.id)"));
        assertEquals(0, count("select count(*) from org_person_role where role_name = '" + Role.PLATFORM_ADMIN + "'"));
    }

    @Test
    void everyStoredValuePassesTheModelsOwnChecks() throws SQLException {
        try (Connection c = db.connect(); var s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select uscc, short_name from org_unit")) {
                while (r.next()) {
                    Uscc.of(r.getString(1));
                    UnitShortName.of(r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("select username, office_phone, mobile from org_person")) {
                while (r.next()) {
                    LoginName.of(r.getString(1));
                    new PhoneNumber(r.getString(2));
                    new MobileNumber(r.getString(3));
                }
            }
            try (ResultSet r = s.executeQuery("select c.code, c.region_level, p.code, p.region_level from org_region c"
                    + " left join org_region p on p.id = c.parent_id")) {
                while (r.next()) {
                    RegionCode child = RegionCode.of(r.getString(1));
                    assertEquals(child.level().name(), r.getString(2));
                    if (r.getString(3) != null) {
                        assertTrue(RegionLevel.valueOf(r.getString(4)).isDirectlyAbove(child.level()));
                        assertTrue(child.isWithin(RegionCode.of(r.getString(3))));
                    }
                }
            }
        }
    }

    @Test
    void aSecondCityGetsTheNextCode() throws SQLException {
        TestDatabase other = TestDatabase.h2();
        try (Connection c = other.connect()) {
            c.setAutoCommit(false);
            CityScaleResult first = new CityScaleWriter(c, 5_000, 1).write();
            CityScaleResult second = new CityScaleWriter(c, 5_000, 1).write();
            c.commit();
            assertNotEquals(first.cityCode(), second.cityCode());
        }
    }

    @Test
    void theAddressBookStatementsRunOnH2AndFindPeopleByNameAndUnit() throws SQLException {
        String someone;
        UUID unit;
        try (Connection c = db.connect(); var s = c.createStatement();
             ResultSet r = s.executeQuery("select name, unit_id from org_person order by username limit 1 offset 123")) {
            r.next();
            someone = r.getString(1);
            unit = r.getObject(2, UUID.class);
        }
        List<Object[]> found = search(new AddressBookQuery(someone.substring(1), unit, null, new PageRequest(1, 100)));
        assertTrue(found.stream().anyMatch(row -> row[1].equals(someone)));
        found.forEach(row -> assertEquals(unit, row[2]));
        List<Object[]> exact = search(new AddressBookQuery(someone, null, null, new PageRequest(1, 5)));
        assertEquals(someone, exact.get(0)[1], "exact matches come first");
    }

    private List<Object[]> search(AddressBookQuery q) throws SQLException {
        AddressBookSql sql = new AddressBookSql(q);
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement(AddressBookSql.jdbc(sql.rows()) + " limit " + q.page().size())) {
            for (int i = 0; i < sql.rowParameters().size(); i++) {
                s.setObject(i + 1, sql.rowParameters().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[]{r.getObject(1), r.getString(2), r.getObject(3, UUID.class)});
                }
            }
        }
        return rows;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connect(); var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
