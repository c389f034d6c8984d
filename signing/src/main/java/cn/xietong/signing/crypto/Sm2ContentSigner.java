package cn.xietong.signing.crypto;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * Adapts an {@link Sm2Signer} to Bouncy Castle's {@link ContentSigner} (certificate, CRL and CMS
 * builders): algorithm SM3withSM2 (1.2.156.10197.1.501, parameters absent), signature value DER
 * {@code SEQUENCE { r, s }}. One instance per signature.
 */
public final class Sm2ContentSigner implements ContentSigner {

    /** SM3withSM2 with absent parameters, as GM/T 0015 and RFC 8998 style profiles write it. */
    public static final AlgorithmIdentifier SM3_WITH_SM2 = new AlgorithmIdentifier(Sm2.SM3_WITH_SM2_OID);

    private final Sm2Signer signer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    public Sm2ContentSigner(Sm2Signer signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return SM3_WITH_SM2;
    }

    @Override
    public OutputStream getOutputStream() {
        return buffer;
    }

    @Override
    public byte[] getSignature() {
        return signer.sign(buffer.toByteArray()).toDer();
    }
}
