package cn.xietong.signing.crypto;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;

import cn.xietong.signing.MalformedInputException;

/**
 * Bouncy Castle {@link ContentVerifierProvider} for SM3withSM2 (user ID 1234567812345678) over one SM2 public
 * key, for BC's certificate, CRL and CMS verification APIs without registering a JCA provider. Signature
 * values may be DER SEQUENCE{r,s} or raw r||s.
 */
public final class Sm2ContentVerifierProvider implements ContentVerifierProvider {

    private final Sm2PublicKey key;
    private final X509CertificateHolder certificate;

    private Sm2ContentVerifierProvider(Sm2PublicKey key, X509CertificateHolder certificate) {
        this.key = Objects.requireNonNull(key, "key");
        this.certificate = certificate;
    }

    /** Verifies with a bare key. */
    public static Sm2ContentVerifierProvider of(Sm2PublicKey key) {
        return new Sm2ContentVerifierProvider(key, null);
    }

    /** Verifies with the key of a certificate (which CMS signer matching can then use). */
    public static Sm2ContentVerifierProvider of(X509CertificateHolder certificate) {
        return new Sm2ContentVerifierProvider(Sm2PublicKey.fromSubjectPublicKeyInfo(certificate.getSubjectPublicKeyInfo()),
                certificate);
    }

    @Override
    public boolean hasAssociatedCertificate() {
        return certificate != null;
    }

    @Override
    public X509CertificateHolder getAssociatedCertificate() {
        return certificate;
    }

    @Override
    public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        if (!Sm2.SM3_WITH_SM2_OID.equals(algorithm.getAlgorithm())) {
            throw new OperatorCreationException("only SM3withSM2 (1.2.156.10197.1.501) is supported, not "
                    + algorithm.getAlgorithm());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        return new ContentVerifier() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return buffer;
            }

            @Override
            public boolean verify(byte[] signature) {
                try {
                    return Sm2Verifier.verify(key, buffer.toByteArray(), Sm2Signature.fromDerOrRaw(signature));
                } catch (MalformedInputException e) {
                    return false;
                }
            }
        };
    }
}
