package cn.xietong.workflow.model;

/** What an entry of an instance's history records. */
public enum HistoryAction {
    SUBMITTED("提交"),
    RESUBMITTED("重新提交"),
    APPROVED("同意"),
    RETURNED("退回"),
    WITHDRAWN("撤回"),
    TRANSFERRED("转办"),
    CLAIMED("认领"),
    SIGNER_ADDED("加签"),
    SIGNER_REMOVED("减签"),
    URGED("催办"),
    SKIPPED("跳过"),
    COMPLETED("办结"),
    CANCELLED("作废");

    private final String chineseName;

    HistoryAction(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
