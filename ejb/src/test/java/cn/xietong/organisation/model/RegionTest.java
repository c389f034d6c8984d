package cn.xietong.organisation.model;

import org.junit.jupiter.api.Test;

import static cn.xietong.organisation.model.Refusals.refusedAsInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionTest {

    private final Region province = new Region("广东省", RegionCode.of("440000000000"), RegionLevel.PROVINCE, null);
    private final Region city = new Region("南江市", RegionCode.of("448800000000"), RegionLevel.CITY, province);
    private final Region county = new Region("青溪县", RegionCode.of("448821000000"), RegionLevel.COUNTY, city);
    private final Region town = new Region("白沙镇", RegionCode.of("448821101000"), RegionLevel.TOWN, county);

    @Test
    void fiveLevelsNestOneBelowTheOther() {
        Region village = new Region("石桥村", RegionCode.of("448821101201"), RegionLevel.VILLAGE, town);
        assertSame(town, village.getParent());
        assertNull(province.getParent());
        assertEquals(RegionLevel.VILLAGE, village.getLevel());
    }

    @Test
    void theLevelFollowsFromTheCode() {
        assertEquals(RegionLevel.PROVINCE, RegionCode.of("440000000000").level());
        assertEquals(RegionLevel.CITY, RegionCode.of("448800000000").level());
        assertEquals(RegionLevel.COUNTY, RegionCode.of("448821000000").level());
        assertEquals(RegionLevel.TOWN, RegionCode.of("448821101000").level());
        assertEquals(RegionLevel.VILLAGE, RegionCode.of("448821101201").level());
    }

    @Test
    void aCountyCannotSitDirectlyUnderAProvince() {
        var e = refusedAsInvalid("organisation.region.level-nesting",
                () -> new Region("某县", RegionCode.of("448822000000"), RegionLevel.COUNTY, province));
        assertTrue(e.getMessage().contains("市级"), e.getMessage());
    }

    @Test
    void aCityCannotSitUnderAnotherCity() {
        refusedAsInvalid("organisation.region.level-nesting",
                () -> new Region("某市", RegionCode.of("448900000000"), RegionLevel.CITY, city));
    }

    @Test
    void aProvinceHasNoParentAndOthersNeedOne() {
        refusedAsInvalid("organisation.region.parent-not-allowed",
                () -> new Region("某省", RegionCode.of("450000000000"), RegionLevel.PROVINCE, province));
        refusedAsInvalid("organisation.region.parent-missing",
                () -> new Region("某镇", RegionCode.of("448821102000"), RegionLevel.TOWN, null));
    }

    @Test
    void aCodeOutsideTheParentsCodeIsRefused() {
        refusedAsInvalid("organisation.region.code-outside-parent",
                () -> new Region("某县", RegionCode.of("449921000000"), RegionLevel.COUNTY, city));
    }

    @Test
    void aLevelThatDisagreesWithTheCodeIsRefused() {
        refusedAsInvalid("organisation.region.code-level-mismatch",
                () -> new Region("某镇", RegionCode.of("448821000000"), RegionLevel.TOWN, county));
    }

    @Test
    void malformedCodesAreRefused() {
        refusedAsInvalid("organisation.region.code-format", () -> RegionCode.of("44000000000"));
        refusedAsInvalid("organisation.region.code-format", () -> RegionCode.of("44000000000A"));
        refusedAsInvalid("organisation.region.code-format", () -> RegionCode.of("000000000000"));
        // a town segment under a county segment of zeros
        refusedAsInvalid("organisation.region.code-format", () -> RegionCode.of("448800101000"));
    }

    @Test
    void blankNamesAndOverlongNamesAreRefused() {
        refusedAsInvalid("organisation.region.name-missing",
                () -> new Region(" ", RegionCode.of("450000000000"), RegionLevel.PROVINCE, null));
        refusedAsInvalid("organisation.region.name-too-long",
                () -> new Region("省".repeat(101), RegionCode.of("450000000000"), RegionLevel.PROVINCE, null));
    }

    @Test
    void levelsKnowWhichIsDirectlyAbove() {
        assertTrue(RegionLevel.TOWN.isDirectlyAbove(RegionLevel.VILLAGE));
        assertEquals(RegionLevel.COUNTY, RegionLevel.TOWN.parent());
        assertNull(RegionLevel.PROVINCE.parent());
    }
}
