package cn.xietong.exchange.format;

/** What a sender's notice about a sent package asks: recall it (撤回) or urge its handling (催办). */
public enum NoticeKind {
    RECALL("撤回"),
    URGE("催办");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    /** The Chinese term. */
    public String label() {
        return label;
    }
}
