package cn.xietong.signing.pdf;

import cn.xietong.signing.Check;

/** Profile {@link SealProfile#SES_GBT38540}: a GB/T 38540 SES_Signature in /Contents. */
final class SesSignatures {

    private SesSignatures() {
    }

    static void verify(byte[] contents, byte[] content, PdfSealVerifier.Reading r) {
        r.checks.add(Check.indeterminate(SignatureReport.SIGNATURE_FORMAT, "SES_Signature verification is not available yet"));
    }
}
