package cn.xietong.seal.application;

import cn.xietong.identity.Caller;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.seal.model.IssuedCertificate;
import cn.xietong.seal.model.PersonalSignature;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.ca.CertificateValidationResult;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Verifier;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * People sign a document's digest with their platform certificate (SM2 with SM3, user ID
 * 1234567812345678): a leader's sign-off (签发) is one. Anyone who may see the document can check
 * the signature later: the value, the certificate chain at signing time, and the digest.
 */
@Stateless
public class PersonalSignatures {

    public static final String SIGN_OFF = "SIGN_OFF";

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private CertificateService certificates;

    @Inject
    private PlatformKeys keys;

    /** What a verification found: whether it holds, and each finding in Chinese. */
    public record Verification(boolean valid, String signer, String certificateSerial, Instant signedAt,
                               String digest, String opinion, List<String> findings) {
    }

    /** Signs with the caller's own certificate (issued on first use). */
    public PersonalSignature sign(Caller caller, String subjectType, UUID subjectId, String purpose, Sm3Digest digest,
                                  String opinion) {
        IssuedCertificate certificate = certificates.personCertificate(caller.personId());
        Instant now = Instant.now();
        String content = signedContent(subjectType, subjectId, purpose, digest, caller, opinion, now);
        Sm2Signature value = keys.signer(certificate.keyAlias()).sign(content.getBytes(StandardCharsets.UTF_8));
        PersonalSignature signature = new PersonalSignature(UUID.randomUUID(), subjectType, subjectId, purpose,
                caller.personId(), caller.name(), caller.unitId(), certificate.serial(), digest.toString(), opinion,
                now, content, value.toDer());
        em.persist(signature);
        return signature;
    }

    public List<PersonalSignature> of(String subjectType, UUID subjectId) {
        return em.createQuery("select s from PersonalSignature s where s.subjectType = :t and s.subjectId = :id"
                        + " order by s.signedAt", PersonalSignature.class)
                .setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
    }

    /**
     * Checks a signature against the digest the document has now: the SM2 value over the stored
     * text, the certificate chain at signing time, and whether the digest still matches.
     */
    public Verification verify(PersonalSignature s, Sm3Digest currentDigest) {
        IssuedCertificate issued = em.find(IssuedCertificate.class, s.certificateSerial());
        if (issued == null) {
            throw DomainException.notFound("signature.certificate-unknown", "找不到该签名所用的证书。");
        }
        Sm2Certificate certificate = issued.certificate();
        boolean value = Sm2Verifier.verify(certificate.publicKey(), s.signedContent().getBytes(StandardCharsets.UTF_8),
                Sm2Signature.fromDer(s.signature()));
        CertificateValidationResult chain = keys.validator().validate(certificate, s.signedAt());
        boolean digestMatches = currentDigest == null || currentDigest.toString().equals(s.digest());
        boolean contentNamesDigest = s.signedContent().contains("digest=" + s.digest() + "\n");
        List<String> findings = List.of(
                value ? "签名值有效（SM2/SM3）" : "签名值无效：签名内容被改动或不是此证书所签",
                chain.isValid() ? "证书有效，由平台CA签发" : "证书校验未通过：" + chain.status(),
                contentNamesDigest ? "签名覆盖文件摘要 " + s.digest() : "签名内容与记录的摘要不符",
                digestMatches ? "文件自签发后未改动" : "文件在签发后被改动（当前摘要 " + currentDigest + "）");
        return new Verification(value && chain.isValid() && digestMatches && contentNamesDigest, s.personName(),
                s.certificateSerial(), s.signedAt(), s.digest(), s.opinion(), findings);
    }

    /** The text that is signed: every field on its own line, so nothing can be moved between fields. */
    static String signedContent(String subjectType, UUID subjectId, String purpose, Sm3Digest digest, Caller caller,
                                String opinion, Instant at) {
        return "xietong-signature-v1\n"
                + "purpose=" + purpose + "\n"
                + "subject=" + subjectType + ":" + subjectId + "\n"
                + "digest=" + digest + "\n"
                + "signer=" + caller.personId() + ":" + caller.name() + "\n"
                + "unit=" + caller.unitId() + "\n"
                + "time=" + at + "\n"
                + "opinion=" + (opinion == null ? "" : opinion.replace("\n", "\\n")) + "\n";
    }
}
