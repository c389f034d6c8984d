package cn.xietong.signing.pdf;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.operator.ContentSigner;

/** SM2 keys and certificates for tests: a root, and signers (units) certified by it. */
public final class TestSigners {

    private static final X9ECParameters X9 = GMNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1);
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(X9.getCurve(), X9.getG(), X9.getN(), X9.getH());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SERIAL = new AtomicLong(1000);
    private static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");

    private TestSigners() {
    }

    /** A key pair and its certificate chain (signer first). */
    public record Signer(AsymmetricCipherKeyPair keys, List<X509CertificateHolder> chain) {

        public X509CertificateHolder certificate() {
            return chain.get(0);
        }

        /** DER SM3withSM2 signature with the default user ID. */
        public byte[] sign(byte[] data) {
            return TestSigners.sign(keys, data);
        }
    }

    public static final Signer ROOT = root("Xietong Test Root CA");

    public static Signer root(String cn) {
        AsymmetricCipherKeyPair keys = newKeys();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).addRDN(BCStyle.O, "Xietong").build();
        return new Signer(keys, List.of(certify(name, keys, name, keys, true)));
    }

    /** A unit's signer certified by {@link #ROOT}. */
    public static Signer unit(String personCn, String unitName) {
        return issuedBy(ROOT, personCn, unitName);
    }

    public static Signer issuedBy(Signer issuer, String personCn, String unitName) {
        AsymmetricCipherKeyPair keys = newKeys();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, personCn).addRDN(BCStyle.O, unitName).build();
        X509CertificateHolder cert = certify(name, keys, issuer.certificate().getSubject(), issuer.keys(), false);
        return new Signer(keys, List.of(cert, issuer.certificate()));
    }

    public static AsymmetricCipherKeyPair newKeys() {
        ECKeyPairGenerator g = new ECKeyPairGenerator();
        g.init(new ECKeyGenerationParameters(DOMAIN, RANDOM));
        return g.generateKeyPair();
    }

    static byte[] sign(AsymmetricCipherKeyPair keys, byte[] data) {
        SM2Signer s = new SM2Signer();
        s.init(true, new ParametersWithID(new ParametersWithRandom(keys.getPrivate(), RANDOM), Sm2Support.USER_ID));
        s.update(data, 0, data.length);
        try {
            return s.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509CertificateHolder certify(X500Name subject, AsymmetricCipherKeyPair subjectKeys,
                                                 X500Name issuer, AsymmetricCipherKeyPair issuerKeys, boolean ca) {
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(subjectKeys.getPublic());
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(NOT_BEFORE), Date.from(NOT_BEFORE.plus(Duration.ofDays(3650))), subject, spki);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            return b.build(contentSigner((ECPrivateKeyParameters) issuerKeys.getPrivate(), issuerKeys));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner contentSigner(ECPrivateKeyParameters key, AsymmetricCipherKeyPair keys) {
        return new ContentSigner() {
            private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
            }

            @Override
            public java.io.OutputStream getOutputStream() {
                return buf;
            }

            @Override
            public byte[] getSignature() {
                return sign(keys, buf.toByteArray());
            }
        };
    }
}
