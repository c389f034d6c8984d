package cn.xietong.exchange.model;

/** Where a package sent to one addressee unit stands, as the sender sees it. */
public enum PackageState {
    /** 待发送 — written with the distribution; the dispatcher sends it after the commit. */
    QUEUED("待发送"),
    /** 已发送 — handed to the messaging system. */
    SENT("已发送"),
    /** 已送达 — verified by the addressee's platform and waiting in its inbox. */
    DELIVERED("已送达"),
    /** 已签收 */
    ACCEPTED("已签收"),
    /** 已退回 — the addressee returned it with a reason. */
    RETURNED("已退回"),
    /** 撤回中 — recall requested, not yet confirmed by the addressee's platform. */
    RECALLING("撤回中"),
    /** 已撤回 */
    RECALLED("已撤回"),
    /** 投递失败 — refused by the addressee's verification, with the reason. */
    FAILED("投递失败");

    private final String label;

    PackageState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A final state: nothing further happens to the package. */
    public boolean isFinal() {
        return this == ACCEPTED || this == RETURNED || this == RECALLED || this == FAILED;
    }

    /** Order of progress: a late receipt never moves a package backwards. */
    public int rank() {
        return switch (this) {
            case QUEUED -> 0;
            case SENT -> 1;
            case DELIVERED -> 2;
            case RECALLING -> 3;
            default -> 4;
        };
    }
}
