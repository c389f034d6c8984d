package cn.xietong.workflow.model;

/** An instance runs until its last step is approved ({@code COMPLETED}) or its drafter cancels it. */
public enum InstanceState {
    RUNNING("流转中"),
    COMPLETED("已办结"),
    CANCELLED("已作废");

    private final String chineseName;

    InstanceState(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
