package cn.xietong.document.model;

import cn.xietong.shared.DomainException;

/**
 * The disclosure attribute (公文公开属性) a draft must carry before submission. Anything but
 * 主动公开 needs a reason (依申请公开 and 不予公开 are both decisions to be justified).
 */
public enum Disclosure {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    NOT_PUBLIC("不予公开");

    private final String chineseName;

    Disclosure(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean needsReason() {
        return this != PROACTIVE;
    }

    /** By code (PROACTIVE) or Chinese name (主动公开); null for an absent value. */
    public static Disclosure of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        for (Disclosure d : values()) {
            if (d.name().equalsIgnoreCase(s) || d.chineseName.equals(s)) {
                return d;
            }
        }
        throw DomainException.invalid("document.disclosure.unknown",
                "未知公开属性“" + s + "”。可选：主动公开（PROACTIVE）、依申请公开（ON_REQUEST）、不予公开（NOT_PUBLIC）。");
    }
}
