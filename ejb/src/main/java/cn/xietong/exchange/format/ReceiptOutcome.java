package cn.xietong.exchange.format;

/** What a receipt (回执) reports about a package. Written as the constant's name. */
public enum ReceiptOutcome {
    /** The addressee's platform verified the package and put it in the inbox. */
    DELIVERED("已送达"),
    /** A clerk of the addressee accepted it (签收). */
    ACCEPTED("已签收"),
    /** A clerk of the addressee returned it (退回), with a reason. */
    RETURNED("已退回"),
    /** The addressee's platform refused it: a check failed; the reason says which. */
    REJECTED("验证未通过，拒收"),
    /** A recall notice was carried out: the package left the inbox. */
    RECALLED("已撤回"),
    /** A recall notice came too late (already accepted or returned). */
    RECALL_REFUSED("撤回未成功");

    private final String label;

    ReceiptOutcome(String label) {
        this.label = label;
    }

    /** The Chinese term. */
    public String label() {
        return label;
    }
}
