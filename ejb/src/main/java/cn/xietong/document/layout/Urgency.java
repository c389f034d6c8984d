package cn.xietong.document.layout;

/** 紧急程度 (GB/T 9704-2012, 7.2.3): printed in 3号黑体 at the top left of the type area. */
public enum Urgency {
    NONE(""),
    /** 加急 */
    URGENT("加急"),
    /** 特急 */
    EXTRA_URGENT("特急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
