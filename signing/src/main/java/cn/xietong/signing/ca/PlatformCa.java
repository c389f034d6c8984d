package cn.xietong.signing.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;

import cn.xietong.signing.crypto.Sm2ContentSigner;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Signer;
import cn.xietong.signing.crypto.Sm3Digest;

/**
 * One CA of the platform hierarchy (root → issuing CA → end entities), signing SM3withSM2 through an
 * {@link Sm2Signer} (the CA key may live in an HSM). Issues certificates by {@link CertificateProfile},
 * records revocations and publishes the CRL. Thread-safe. Its state (certificate chain, revocations,
 * last CRL number) is for the server to persist; {@link #restore} brings it back.
 */
public final class PlatformCa {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Sm2Certificate> chain; // this CA first, root last
    private final Sm2Signer signer;
    private final List<Sm2Crl.Revocation> revocations = new ArrayList<>();
    private long crlNumber;

    private PlatformCa(List<Sm2Certificate> chain, Sm2Signer signer, Collection<Sm2Crl.Revocation> revoked,
            long lastCrlNumber) {
        this.chain = List.copyOf(chain);
        this.signer = Objects.requireNonNull(signer, "signer");
        if (!chain.get(0).publicKey().equals(signer.publicKey())) {
            throw new IllegalArgumentException("the signer's key does not match the CA certificate");
        }
        this.revocations.addAll(revoked);
        this.crlNumber = lastCrlNumber;
    }

    /** Creates the self-signed platform root (profile {@link CertificateProfile#ROOT_CA}). */
    public static PlatformCa createRoot(CertificateSubject name, Sm2Signer signer, Instant notBefore, Instant notAfter) {
        X500Name dn = name.toX500Name();
        Sm2Certificate cert = build(CertificateProfile.ROOT_CA, dn, dn, signer.publicKey(), signer.publicKey(),
                notBefore, notAfter, signer);
        return new PlatformCa(List.of(cert), signer, List.of(), 0);
    }

    /** Brings back a CA from its persisted state. {@code chain} starts with this CA's certificate. */
    public static PlatformCa restore(List<Sm2Certificate> chain, Sm2Signer signer,
            Collection<Sm2Crl.Revocation> revoked, long lastCrlNumber) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a CA needs its certificate");
        }
        return new PlatformCa(chain, signer, revoked, lastCrlNumber);
    }

    /**
     * Creates a subordinate issuing CA (profile {@link CertificateProfile#ISSUING_CA}) certified by this CA.
     *
     * @param issuingSigner the new CA's own key
     */
    public PlatformCa createIssuingCa(CertificateSubject name, Sm2Signer issuingSigner, Instant notBefore,
            Instant notAfter) {
        Sm2Certificate cert = build(CertificateProfile.ISSUING_CA, certificate().subject(), name.toX500Name(),
                issuingSigner.publicKey(), signer.publicKey(), notBefore, notAfter, signer);
        List<Sm2Certificate> newChain = new ArrayList<>();
        newChain.add(cert);
        newChain.addAll(chain);
        return new PlatformCa(newChain, issuingSigner, List.of(), 0);
    }

    /** Issues an end-entity certificate valid for the profile's default lifetime from {@code notBefore}. */
    public Sm2Certificate issue(CertificateProfile profile, CertificateSubject subject, Sm2PublicKey key,
            Instant notBefore) {
        return issue(profile, subject, key, notBefore, notBefore.plus(profile.defaultValidity()));
    }

    /**
     * Issues an end-entity certificate.
     *
     * @throws IllegalArgumentException for a CA profile, a missing USCC where the profile needs one,
     *                                  or a validity beyond this CA's own
     */
    public Sm2Certificate issue(CertificateProfile profile, CertificateSubject subject, Sm2PublicKey key,
            Instant notBefore, Instant notAfter) {
        if (profile.isCa()) {
            throw new IllegalArgumentException("use createRoot/createIssuingCa for " + profile);
        }
        if (profile.requiresUscc() && subject.uscc() == null) {
            throw new IllegalArgumentException("a " + profile.description()
                    + " certificate needs the unit's unified social credit code");
        }
        if (notAfter.isAfter(certificate().notAfter())) {
            throw new IllegalArgumentException("the certificate would outlive its issuing CA (" + certificate().notAfter() + ")");
        }
        return build(profile, certificate().subject(), subject.toX500Name(), key, signer.publicKey(), notBefore,
                notAfter, signer);
    }

    /**
     * Records a revocation; it appears on the next {@link #publishCrl}.
     *
     * @param reason an RFC 5280 CRLReason value, e.g. {@link CRLReason#keyCompromise}
     */
    public synchronized void revoke(Sm2Certificate certificate, Instant revokedAt, int reason) {
        if (!certificate.issuer().equals(certificate().subject())) {
            throw new IllegalArgumentException("this CA did not issue " + certificate);
        }
        revocations.add(new Sm2Crl.Revocation(certificate.serialNumber(), revokedAt, reason));
    }

    /** Publishes an X.509 v2 CRL (SM3withSM2, with CRL number and authority key identifier). */
    public synchronized Sm2Crl publishCrl(Instant thisUpdate, Instant nextUpdate) {
        X509v2CRLBuilder b = new X509v2CRLBuilder(certificate().subject(), Date.from(thisUpdate));
        b.setNextUpdate(Date.from(nextUpdate));
        for (Sm2Crl.Revocation r : revocations) {
            b.addCRLEntry(r.serialNumber(), Date.from(r.revokedAt()), r.reasonCode());
        }
        try {
            b.addExtension(Extension.cRLNumber, false, new ASN1Integer(++crlNumber));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new AuthorityKeyIdentifier(keyId(signer.publicKey())));
            X509CRLHolder crl = b.build(new Sm2ContentSigner(signer));
            return Sm2Crl.fromDer(crl.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This CA's certificate. */
    public Sm2Certificate certificate() {
        return chain.get(0);
    }

    /** This CA's certificate followed by its issuers up to the root. */
    public List<Sm2Certificate> chain() {
        return chain;
    }

    /** The root certificate (the trust anchor). */
    public Sm2Certificate root() {
        return chain.get(chain.size() - 1);
    }

    /** Revocations recorded so far. */
    public synchronized List<Sm2Crl.Revocation> revocations() {
        return List.copyOf(revocations);
    }

    /** Number of the last CRL published (0 if none). */
    public synchronized long lastCrlNumber() {
        return crlNumber;
    }

    private static Sm2Certificate build(CertificateProfile profile, X500Name issuer, X500Name subject,
            Sm2PublicKey subjectKey, Sm2PublicKey issuerKey, Instant notBefore, Instant notAfter, Sm2Signer signer) {
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter must be after notBefore");
        }
        BigInteger serial = new BigInteger(128, RANDOM).setBit(127);
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                Date.from(notAfter), subject, subjectKey.subjectPublicKeyInfo());
        try {
            b.addExtension(Extension.basicConstraints, true, profile.isCa()
                    ? new BasicConstraints(profile.pathLength()) : new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsage()));
            if (!profile.extendedKeyUsages().isEmpty()) {
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        profile.extendedKeyUsages().stream().map(KeyPurposeId::getInstance).toArray(KeyPurposeId[]::new)));
            }
            b.addExtension(Extension.certificatePolicies, false,
                    new CertificatePolicies(new PolicyInformation(profile.policyOid())));
            b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(subjectKey)));
            b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(issuerKey)));
            X509CertificateHolder h = b.build(new Sm2ContentSigner(signer));
            return Sm2Certificate.fromDer(h.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Key identifier: the first 20 bytes of SM3 over the uncompressed public point. */
    static byte[] keyId(Sm2PublicKey key) {
        return java.util.Arrays.copyOf(Sm3Digest.of(key.encodedPoint()).bytes(), 20);
    }
}
