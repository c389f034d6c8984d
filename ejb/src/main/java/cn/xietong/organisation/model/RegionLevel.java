package cn.xietong.organisation.model;

/**
 * The five levels of administrative regions (行政区划层级) the platform connects: 省、市、县、镇、村.
 * Each level is one below the one before it; in a 12-digit statistical division code (统计用区划代码)
 * each level owns its own segment of digits.
 */
public enum RegionLevel {
    /** 省（自治区、直辖市）— digits 1–2. */
    PROVINCE("省级", 2),
    /** 市（地级市、州、盟）— digits 3–4. */
    CITY("市级", 4),
    /** 县（县、县级市、区）— digits 5–6. */
    COUNTY("县级", 6),
    /** 镇（乡、镇、街道）— digits 7–9. */
    TOWN("镇级", 9),
    /** 村（村民委员会、居民委员会）— digits 10–12. */
    VILLAGE("村级", 12);

    private final String chineseName;
    private final int significantDigits;

    RegionLevel(String chineseName, int significantDigits) {
        this.chineseName = chineseName;
        this.significantDigits = significantDigits;
    }

    public String chineseName() {
        return chineseName;
    }

    /** How many leading digits of a 12-digit division code identify a region of this level. */
    public int significantDigits() {
        return significantDigits;
    }

    /** The level directly above, or null for a province. */
    public RegionLevel parent() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** Whether a region of {@code child} level may be placed directly under a region of this level. */
    public boolean isDirectlyAbove(RegionLevel child) {
        return child != null && child.ordinal() == ordinal() + 1;
    }
}
