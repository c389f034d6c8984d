package cn.xietong.organisation.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.xietong.organisation.model.Refusals.refusedAsInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91440300708461136T", "914403001922038216"})
    void publishedCodesOfRealCompaniesAreAccepted(String code) {
        assertEquals(code, Uscc.of(code).value());
    }

    @Test
    void aGovernmentOrganCodeMadeWithItsCheckDigitIsAccepted() {
        Uscc organ = Uscc.withCheckDigit("11440000MB2C80012");
        assertEquals(18, organ.value().length());
        assertTrue(organ.isGovernmentOrgan());
        assertEquals("440000", organ.divisionCode());
        assertEquals(organ, Uscc.of(organ.value()));
    }

    @Test
    void aCompanyIsNotAGovernmentOrgan() {
        assertFalse(Uscc.of("91350100M000100Y43").isGovernmentOrgan());
    }

    @Test
    void wrongCheckDigitIsRefusedNamingTheExpectedDigit() {
        var e = refusedAsInvalid("organisation.uscc.check-digit", () -> Uscc.of("91350100M000100Y44"));
        assertTrue(e.getMessage().contains("第18位应为 3，实际为 4"), e.getMessage());
    }

    @Test
    void lettersThatLookLikeDigitsAreRefusedNamingThePosition() {
        var e = refusedAsInvalid("organisation.uscc.character", () -> Uscc.of("91350100M000100I43"));
        assertTrue(e.getMessage().contains("第16位"), e.getMessage());
        assertTrue(e.getMessage().contains("I、O、S、V、Z"), e.getMessage());
    }

    @Test
    void punctuationAndChineseCharactersAreRefused() {
        refusedAsInvalid("organisation.uscc.character", () -> Uscc.of("91350100M000100-43"));
        refusedAsInvalid("organisation.uscc.character", () -> Uscc.of("91350100M000100码43"));
    }

    @Test
    void lettersInTheDivisionCodeAreRefused() {
        var e = refusedAsInvalid("organisation.uscc.division", () -> Uscc.of("9135A100M000100Y43"));
        assertTrue(e.getMessage().contains("第5位"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "123"})
    void wrongLengthIsRefused(String code) {
        var e = refusedAsInvalid("organisation.uscc.length", () -> Uscc.of(code));
        assertTrue(e.getMessage().contains("应为18位"), e.getMessage());
    }

    @Test
    void missingCodeIsRefused() {
        refusedAsInvalid("organisation.uscc.missing", () -> Uscc.of(null));
        refusedAsInvalid("organisation.uscc.missing", () -> Uscc.of("   "));
    }

    @Test
    void lowerCaseAndBlanksAreNormalised() {
        assertEquals(Uscc.of("91350100M000100Y43"), Uscc.of("  91350100m000100y43 "));
        assertEquals("91350100M000100Y43", Uscc.of("91350100m000100y43").toString());
    }

    @Test
    void checkDigitThirtyOneBecomesZero() {
        // 914403001922038216 has check 6; search a body whose check digit is 0 and verify round trip.
        String body = "11440000MB2C8001";
        for (char c : Uscc.CHARSET.toCharArray()) {
            String first17 = body + c;
            if (Uscc.checkDigit(first17) == '0') {
                assertEquals(first17 + "0", Uscc.withCheckDigit(first17).value());
                return;
            }
        }
    }
}
