package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

/**
 * A 12-digit statistical division code (统计用区划代码): 2 digits province, 2 city, 2 county,
 * 3 town, 3 village, trailing segments zero for regions above village level — e.g.
 * {@code 440000000000} 广东省, {@code 440100000000} a city in it. The level follows from the code.
 */
public record RegionCode(String value) {

    public static final int LENGTH = 12;

    public RegionCode {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("organisation.region.code-missing", "请填写12位统计用区划代码。");
        }
        value = value.strip();
        if (value.length() != LENGTH || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw DomainException.invalid("organisation.region.code-format",
                    "区划代码“" + value + "”无效：应为12位数字的统计用区划代码（如 440000000000）。");
        }
        if (value.startsWith("00")) {
            throw DomainException.invalid("organisation.region.code-format",
                    "区划代码“" + value + "”无效：前两位省级代码不能为 00。");
        }
        levelOf(value); // refuses a code with a gap, e.g. a town segment under a county segment of zeros
    }

    public static RegionCode of(String text) {
        return new RegionCode(text);
    }

    /** The level this code identifies: the deepest non-zero segment. */
    public RegionLevel level() {
        return levelOf(value);
    }

    /** Whether this code lies inside the region with code {@code parent}. */
    public boolean isWithin(RegionCode parent) {
        int n = parent.level().significantDigits();
        return value.startsWith(parent.value.substring(0, n));
    }

    /** The first six digits: the administrative division code (行政区划代码) used in credit codes. */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return value;
    }

    private static RegionLevel levelOf(String code) {
        RegionLevel level = RegionLevel.PROVINCE;
        boolean zeroSeen = false;
        int from = RegionLevel.PROVINCE.significantDigits();
        for (RegionLevel l : RegionLevel.values()) {
            if (l == RegionLevel.PROVINCE) {
                continue;
            }
            boolean zero = code.substring(from, l.significantDigits()).chars().allMatch(c -> c == '0');
            if (!zero) {
                if (zeroSeen) {
                    throw DomainException.invalid("organisation.region.code-format",
                            "区划代码“" + code + "”无效：" + l.chineseName() + "代码之前的上级代码段不能全为 0。");
                }
                level = l;
            } else {
                zeroSeen = true;
            }
            from = l.significantDigits();
        }
        return level;
    }
}
