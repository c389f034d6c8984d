package cn.xietong.exchange.format;

/** What a file of a package is: the body (正文) or an attachment (附件). Written as the constant's name. */
public enum FileRole {
    BODY("正文"),
    ATTACHMENT("附件");

    private final String label;

    FileRole(String label) {
        this.label = label;
    }

    /** The Chinese term. */
    public String label() {
        return label;
    }
}
