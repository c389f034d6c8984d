package cn.xietong.workflow.model;

/** What a step of an outgoing document's route does. */
public enum StepType {
    /** 核稿 — a reviewer checks the draft. */
    REVIEW("核稿"),
    /** 会签 — departments or people sign together (in parallel or one after another). */
    COUNTERSIGN("会签"),
    /** 签发 — a leader signs the document off. */
    SIGN_OFF("签发"),
    /** 编号 — the document receives its number (发文字号). */
    NUMBERING("编号"),
    /** 排版 — the official layout (套红). */
    LAYOUT("排版"),
    /** 用印 — the seal is applied. */
    SEALING("用印"),
    /** 分发 — the document goes out. */
    DISTRIBUTION("分发"),
    /** 审批 — any other approval. */
    APPROVAL("审批");

    private final String chineseName;

    StepType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
