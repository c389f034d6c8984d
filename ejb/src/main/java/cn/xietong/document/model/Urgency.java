package cn.xietong.document.model;

import cn.xietong.shared.DomainException;

/** The urgency mark (紧急程度) of an electronic document: 特急, 加急 or none. */
public enum Urgency {
    NONE("无"),
    URGENT("加急"),
    EXTRA_URGENT("特急");

    private final String chineseName;

    Urgency(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** By code (URGENT) or Chinese name (加急); none for an absent value. */
    public static Urgency of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String s = text.strip();
        for (Urgency u : values()) {
            if (u.name().equalsIgnoreCase(s) || u.chineseName.equals(s)) {
                return u;
            }
        }
        throw DomainException.invalid("document.urgency.unknown",
                "未知紧急程度“" + s + "”。可选：特急（EXTRA_URGENT）、加急（URGENT），或不填（NONE）。");
    }
}
