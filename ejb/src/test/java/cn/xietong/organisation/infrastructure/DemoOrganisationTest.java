package cn.xietong.organisation.infrastructure;

import cn.xietong.organisation.infrastructure.DemoOrganisation.PersonSpec;
import cn.xietong.organisation.infrastructure.DemoOrganisation.UnitSpec;
import cn.xietong.organisation.model.LoginName;
import cn.xietong.organisation.model.MobileNumber;
import cn.xietong.organisation.model.PhoneNumber;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.UnitShortName;
import cn.xietong.organisation.model.Uscc;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOrganisationTest {

    private static final Set<Role> EVERY_UNIT_NEEDS = EnumSet.of(Role.DRAFTER, Role.REVIEWER, Role.LEADER, Role.CLERK,
            Role.SEAL_ADMIN, Role.RECORDS_OFFICER, Role.UNIT_ADMIN);

    @Test
    void everyUnitHasEveryRoleItsDocumentsNeed() {
        for (UnitSpec unit : DemoOrganisation.UNITS) {
            Set<Role> held = EnumSet.noneOf(Role.class);
            DemoOrganisation.peopleOf(unit.key()).forEach(p -> held.addAll(p.roles()));
            assertTrue(held.containsAll(EVERY_UNIT_NEEDS), unit.name() + " holds only " + held);
        }
    }

    @Test
    void thereIsExactlyOnePlatformAdministrator() {
        assertEquals(1, DemoOrganisation.PEOPLE.stream().filter(p -> p.roles().contains(Role.PLATFORM_ADMIN)).count());
    }

    @Test
    void creditCodesAreValidGovernmentCodesAndDistinct() {
        Set<String> codes = new HashSet<>();
        for (UnitSpec unit : DemoOrganisation.UNITS) {
            Uscc uscc = Uscc.of(DemoOrganisation.creditCode(unit));
            assertTrue(codes.add(uscc.value()));
            if (!unit.key().equals("village")) {
                assertTrue(uscc.isGovernmentOrgan(), unit.name());
            }
            UnitShortName.of(unit.shortName());
        }
        assertEquals(12, codes.size());
    }

    @Test
    void loginNamesAreValidAndUniqueAndPeopleSitInTheirUnitsDepartments() {
        Set<String> logins = new HashSet<>();
        int n = 0;
        for (PersonSpec p : DemoOrganisation.PEOPLE) {
            assertTrue(logins.add(LoginName.of(p.login()).value()), p.login());
            UnitSpec unit = DemoOrganisation.UNITS.stream().filter(u -> u.key().equals(p.unitKey())).findFirst().orElseThrow();
            assertTrue(p.department() == null || unit.departments().contains(p.department()), p.name());
            new PhoneNumber(unit.phonePrefix() + "101");
            new MobileNumber(DemoOrganisation.mobile(n++));
        }
        assertEquals(61, logins.size());
    }

    @Test
    void twoPlatformsCanHostTheDemoUnitsBetweenThemWithoutSharingOne() {
        var province = DemoOrganisation.units("粤府办");
        var city = DemoOrganisation.units("-粤府办");
        assertEquals(List.of("广东省人民政府办公厅"), province.stream().map(UnitSpec::name).toList());
        assertEquals(DemoOrganisation.UNITS.size() - 1, city.size());
        assertTrue(city.stream().noneMatch(province::contains));
        assertEquals(2, DemoOrganisation.units("南府办，南教").size(), "a full-width comma is a comma too");
        assertEquals(DemoOrganisation.UNITS, DemoOrganisation.units(" "));
    }

    @Test
    void aDemoUnitSelectionNamesTheShortNameItDoesNotKnow() {
        var e = assertThrows(IllegalArgumentException.class, () -> DemoOrganisation.units("粤府办,南府"));
        assertTrue(e.getMessage().contains("“南府”"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DemoOrganisation.units("-" + String.join(",",
                DemoOrganisation.UNITS.stream().map(UnitSpec::shortName).toList())), "no unit left");
    }
}
