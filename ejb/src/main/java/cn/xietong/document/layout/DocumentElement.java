package cn.xietong.document.layout;

/** The elements of an official document that the layout can find missing or wrong, by their names in the standard. */
public enum DocumentElement {
    COPY_NUMBER("份号"),
    ISSUING_ORGAN_MARK("发文机关标志"),
    DOCUMENT_NUMBER("发文字号"),
    SIGNER("签发人"),
    TITLE("标题"),
    MAIN_ADDRESSEES("主送机关"),
    BODY("正文"),
    ATTACHMENT_NOTE("附件说明"),
    SIGNING_ORGAN("发文机关署名"),
    DATE("成文日期"),
    SEAL("印章"),
    COPIED_ADDRESSEES("抄送机关"),
    PRINTING_ORGAN("印发机关"),
    PRINTING_DATE("印发日期");

    private final String label;

    DocumentElement(String label) {
        this.label = label;
    }

    /** The element's name in GB/T 9704-2012, e.g. 发文字号. */
    public String label() {
        return label;
    }
}
