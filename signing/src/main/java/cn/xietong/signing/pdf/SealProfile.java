package cn.xietong.signing.pdf;

/**
 * How the signature is stored in the PDF signature dictionary's {@code /Contents}. Both use
 * {@code /Filter /Adobe.PPKLite} and SM3 over the byte ranges.
 */
public enum SealProfile {

    /**
     * {@code /SubFilter /adbe.pkcs7.detached}: a detached CMS SignedData (GB/T 35275 style) signed
     * SM3withSM2, with the signed attributes content-type, signing-time and message-digest and the
     * signer's certificate chain.
     */
    CMS_SM2("adbe.pkcs7.detached"),

    /**
     * {@code /SubFilter /GBT38540.SES.detached}: a DER GB/T 38540 {@code SES_Signature} whose
     * {@code dataHash} is SM3 of the byte-range content, as Chinese electronic-seal products store it.
     * The name follows the authority.format.mode pattern of {@code ETSI.CAdES.detached}.
     */
    SES_GBT38540("GBT38540.SES.detached");

    private final String subFilter;

    SealProfile(String subFilter) {
        this.subFilter = subFilter;
    }

    /** The PDF name written as {@code /SubFilter} (without the slash). */
    public String subFilter() {
        return subFilter;
    }

    /** The profile for a {@code /SubFilter} name, or null if it is not one of ours. */
    public static SealProfile forSubFilter(String name) {
        for (SealProfile p : values()) {
            if (p.subFilter.equals(name)) {
                return p;
            }
        }
        return null;
    }
}
