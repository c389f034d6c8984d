package cn.xietong.exchange.format;

/** One check a receiving platform makes on a signed document, in the order they are made. */
public enum Check {
    /** The XML follows the schema and the format's rules. */
    FORMAT("格式"),
    /** The SM2 signature over the XML verifies with the signer certificate's key. */
    SIGNATURE("签名"),
    /** The signer certificate chains to a trusted root, is an exchange certificate and valid at the time. */
    CERTIFICATE("证书"),
    /** The certificate's unit is the unit the document says signed it. */
    SENDER("发送单位"),
    /** Every file the manifest lists arrived with the same SM3 digest and size. */
    FILES("文件摘要");

    private final String label;

    Check(String label) {
        this.label = label;
    }

    /** The Chinese name. */
    public String label() {
        return label;
    }
}
