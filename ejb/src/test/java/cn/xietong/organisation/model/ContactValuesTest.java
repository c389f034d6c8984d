package cn.xietong.organisation.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.xietong.organisation.model.Refusals.refusedAsInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactValuesTest {

    @ParameterizedTest
    @CsvSource({
            "020-83133333, 020-83133333",
            "0768-2123456, 0768-2123456",
            "'0768 - 212 3456', 0768-2123456",
            "(020)83133333, 020-83133333",
            "（020）83133333, 020-83133333",
            "020－83133333－8001, 020-83133333-8001",
            "13800138000, 13800138000"})
    void officePhonesAreAcceptedAndNormalised(String input, String expected) {
        assertEquals(expected, new PhoneNumber(input).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"83133333", "20-83133333", "020-0313333", "020-831333333", "电话020-83133333", "12345678901"})
    void malformedOfficePhonesAreRefused(String input) {
        var e = refusedAsInvalid("organisation.phone.format", () -> new PhoneNumber(input));
        assertTrue(e.getMessage().contains("区号-号码"), e.getMessage());
    }

    @Test
    void blankOfficePhoneMeansNone() {
        assertNull(PhoneNumber.ofNullable("  "));
    }

    @ParameterizedTest
    @CsvSource({"13800138000, 13800138000", "'138 0013 8000', 13800138000", "+8619912345678, 19912345678",
            "138-0013-8000, 13800138000"})
    void mobilesAreAcceptedAndNormalised(String input, String expected) {
        assertEquals(expected, new MobileNumber(input).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "020-83133333"})
    void malformedMobilesAreRefused(String input) {
        refusedAsInvalid("organisation.mobile.format", () -> new MobileNumber(input));
    }

    @Test
    void loginNamesAreLowerCasedAndChecked() {
        assertEquals("zhangwei", LoginName.of(" ZhangWei ").value());
        assertEquals("ouyang.minghui2", LoginName.of("ouyang.minghui2").value());
        refusedAsInvalid("organisation.login-name.format", () -> LoginName.of("张伟"));
        refusedAsInvalid("organisation.login-name.format", () -> LoginName.of("2zhang"));
        refusedAsInvalid("organisation.login-name.format", () -> LoginName.of("z".repeat(33)));
    }

    @Test
    void unitShortNamesAreChineseOnly() {
        assertEquals("粤府办", UnitShortName.of(" 粤府办 ").value());
        refusedAsInvalid("organisation.unit.short-name-format", () -> UnitShortName.of("粤府办2"));
        refusedAsInvalid("organisation.unit.short-name-too-long", () -> UnitShortName.of("很长很长很长很长很长很长"));
    }

    @Test
    void emailsAreLowerCasedAndChecked() {
        assertEquals("zhangwei@nj.gov.cn", new EmailAddress("ZhangWei@NJ.gov.cn").value());
        refusedAsInvalid("organisation.email.format", () -> new EmailAddress("zhangwei@"));
    }

    @Test
    void unknownRolesAreRefusedListingTheRolesThereAre() {
        assertEquals(Role.LEADER, Role.of(" leader "));
        var e = refusedAsInvalid("organisation.role.unknown", () -> Role.of("BOSS"));
        assertTrue(e.getMessage().contains("LEADER（签发人/领导）"), e.getMessage());
    }
}
