package cn.xietong.signing.seal;

/**
 * Values of {@code SES_ESPropertyInfo.type} as GB/T 38540-2020 lists them. Other values found in
 * seals from other products are kept as the plain integer.
 */
public final class SealType {

    /** 法定名称章: the unit's legal-name seal, also used for official documents (公文). */
    public static final int LEGAL_NAME = 1;
    /** 财务专用章. */
    public static final int FINANCE = 2;
    /** 发票专用章. */
    public static final int INVOICE = 3;
    /** 合同专用章. */
    public static final int CONTRACT = 4;
    /** 名章: a person's name seal. */
    public static final int PERSONAL_NAME = 5;

    private SealType() {
    }
}
