package cn.xietong.document.model;

import cn.xietong.shared.DomainException;

/** Which way a document goes (行文方向): up to a superior, across to a peer, down to subordinates. */
public enum Direction {
    UPWARD("上行"),
    PARALLEL("平行"),
    DOWNWARD("下行");

    private final String chineseName;

    Direction(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** By code (UPWARD) or Chinese name (上行, 上行文); null for an absent value. */
    public static Direction of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        for (Direction d : values()) {
            if (d.name().equalsIgnoreCase(s) || d.chineseName.equals(s) || (d.chineseName + "文").equals(s)) {
                return d;
            }
        }
        throw DomainException.invalid("document.direction.unknown",
                "未知行文方向“" + s + "”。可选：上行（UPWARD）、平行（PARALLEL）、下行（DOWNWARD）。");
    }
}
