package cn.xietong.workflow.model;

/** How the signers of a countersign step (会签) take their turn. */
public enum CountersignMode {
    /** 并行会签 — all at once; the step ends when every signer has agreed. */
    PARALLEL("并行"),
    /** 顺序会签 — one after another in the listed order. */
    SEQUENTIAL("顺序");

    private final String chineseName;

    CountersignMode(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
