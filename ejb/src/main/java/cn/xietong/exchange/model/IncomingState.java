package cn.xietong.exchange.model;

/** Where a package stands in the addressee unit's inbox (收文箱). */
public enum IncomingState {
    /** 待签收 */
    WAITING("待签收"),
    /** 已签收 */
    ACCEPTED("已签收"),
    /** 已退回 */
    RETURNED("已退回"),
    /** 已撤回 — the sender recalled it before acceptance. */
    RECALLED("已撤回");

    private final String label;

    IncomingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
