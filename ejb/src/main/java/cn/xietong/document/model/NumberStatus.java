package cn.xietong.document.model;

/** The state of a number in the register: in use on a document, or voided (空号). */
public enum NumberStatus {
    ASSIGNED("已使用"),
    VOIDED("空号");

    private final String chineseName;

    NumberStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
