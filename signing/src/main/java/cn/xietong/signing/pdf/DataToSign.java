package cn.xietong.signing.pdf;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the signer's SM2 key must sign for a prepared sealed PDF (step one of two, see
 * {@link PdfSealer#getDataToSign}). Sign {@link #bytes()} with SM3withSM2 and the default user ID
 * 1234567812345678, then hand the DER signature value to {@link PdfSealer#signDocument}.
 *
 * @param profile        the signature profile the bytes belong to
 * @param bytes          the bytes to sign: the DER signed attributes (profile CMS_SM2) or the DER
 *                       {@code TBS_Sign} (profile SES_GBT38540)
 * @param documentDigest SM3 of the byte-range content of the prepared PDF, for display and audit
 * @param signingTime    the signing time fixed in the parameters
 */
public record DataToSign(SealProfile profile, byte[] bytes, byte[] documentDigest, Instant signingTime) {

    public DataToSign {
        bytes = bytes.clone();
        documentDigest = documentDigest.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public byte[] documentDigest() {
        return documentDigest.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataToSign d && d.profile == profile && Arrays.equals(d.bytes, bytes)
                && Arrays.equals(d.documentDigest, documentDigest) && Objects.equals(d.signingTime, signingTime);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DataToSign[" + profile + ", " + bytes.length + " bytes, document SM3 "
                + HexFormat.of().formatHex(documentDigest) + ", " + signingTime + "]";
    }
}
