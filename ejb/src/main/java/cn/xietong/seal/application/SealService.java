package cn.xietong.seal.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.Unit;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.seal.model.ElectronicSeal;
import cn.xietong.seal.model.IssuedCertificate;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.signing.pdf.PdfSealer;
import cn.xietong.signing.pdf.SealParameters;
import cn.xietong.signing.pdf.SealStamp;
import cn.xietong.signing.seal.SealMaker;
import cn.xietong.signing.seal.SealRequest;
import cn.xietong.signing.seal.SealType;
import cn.xietong.signing.seal.SesSeal;
import cn.xietong.signing.seal.picture.RoundSealRenderer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Electronic seals of a unit: the seal administrator (印章管理员) makes them; the people a seal
 * lists apply it to a PDF (用印) as a visible stamp plus a GB/T 38540 signature.
 */
@Stateless
public class SealService {

    public static final int MAX_PURPOSE_LENGTH = 12;
    public static final long MAX_PDF_BYTES = 50L * 1024 * 1024;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PlatformKeys keys;

    @Inject
    private CertificateService certificates;

    @Inject
    private AuditLog audit;

    /** A seal administrator makes a seal of their own unit. */
    public ElectronicSeal make(Caller caller, SealSpec spec) {
        caller.requireAnyRole(Role.SEAL_ADMIN);
        if (spec == null) {
            throw DomainException.invalid("seal.spec.missing", "请填写印章用途、使用人和有效期。");
        }
        String purpose = spec.purpose() == null ? "" : spec.purpose().strip();
        if (purpose.isEmpty() || purpose.length() > MAX_PURPOSE_LENGTH) {
            throw DomainException.invalid("seal.purpose.invalid",
                    "请填写印章用途（如“公文专用章”），不超过" + MAX_PURPOSE_LENGTH + "个字。");
        }
        if (spec.users() == null || spec.users().isEmpty()) {
            throw DomainException.invalid("seal.users.missing", "请至少指定一名印章使用人。");
        }
        Instant now = Instant.now();
        Instant from = spec.validFrom() == null ? now : spec.validFrom();
        Instant to = spec.validTo() == null ? from.plus(Duration.ofDays(365)) : spec.validTo();
        if (!to.isAfter(from)) {
            throw DomainException.invalid("seal.validity.invalid", "印章有效期的结束时间须晚于开始时间。");
        }
        Unit unit = em.find(Unit.class, caller.unitId());
        List<Sm2Certificate> allowed = new ArrayList<>();
        for (UUID user : spec.users()) {
            Person person = em.find(Person.class, user);
            if (person == null || !person.isActive() || !person.getUnit().getId().equals(caller.unitId())) {
                throw DomainException.invalid("seal.user.not-in-unit", "印章使用人须为本单位在职人员：" + user + " 不符合。");
            }
            allowed.add(certificates.personCertificate(user).certificate());
        }
        String name = unit.getName() + purpose;
        UUID id = UUID.randomUUID();
        try {
            SealMaker maker = new SealMaker(keys.sealMakerSigner(), keys.sealMakerCertificate(), keys.validator());
            SesSeal seal = maker.make(new SealRequest(id.toString().replace("-", ""), SealType.LEGAL_NAME, name,
                    allowed, from, to, new RoundSealRenderer().picture(unit.getName(), purpose)), now);
            ElectronicSeal stored = new ElectronicSeal(id, unit.getId(), purpose, seal, spec.users(), caller.personId(), now);
            em.persist(stored);
            audit.record(AuditEvent.of("seal.made").by(caller.personId(), caller.name(), caller.unitId())
                    .on("seal", id).detail(name + "，使用人" + spec.users().size() + "名，SM3 "
                            + Sm3Digest.of(seal.encoded())));
            return stored;
        } catch (SigningException e) {
            throw DomainException.invalid("seal.making-refused", "无法制作印章：" + e.getMessage());
        }
    }

    /** The seals of the caller's own unit. */
    public List<ElectronicSeal> sealsOfMyUnit(Caller caller) {
        return em.createQuery("select s from ElectronicSeal s where s.unitId = :u order by s.createdAt desc",
                ElectronicSeal.class).setParameter("u", caller.unitId()).getResultList();
    }

    /** A seal of the caller's own unit; another unit's seal is "not found". */
    public ElectronicSeal seal(Caller caller, UUID id) {
        ElectronicSeal seal = id == null ? null : em.find(ElectronicSeal.class, id);
        if (seal == null || !seal.unitId().equals(caller.unitId())) {
            throw DomainException.notFound("seal.not-found", "找不到此印章。");
        }
        return seal;
    }

    /**
     * Applies a seal to a PDF at a page and position (mm from the page's top-left): the caller must
     * be one of the seal's users and the seal valid now. Returns the sealed PDF.
     */
    public byte[] apply(Caller caller, UUID sealId, byte[] pdf, int page, double xMm, double yMm) {
        ElectronicSeal stored = seal(caller, sealId);
        if (pdf == null || pdf.length == 0) {
            throw DomainException.invalid("seal.pdf.missing", "请上传要盖章的 PDF 文件。");
        }
        if (pdf.length > MAX_PDF_BYTES) {
            throw new DomainException(ErrorKind.TOO_LARGE, "seal.pdf.too-large", "PDF 文件超过50MB，无法盖章。");
        }
        if (!stored.mayBeUsedBy(caller.personId())) {
            throw DomainException.forbidden("seal.user-not-allowed", "您不是印章“" + stored.name() + "”的使用人，不能用此章。");
        }
        Instant now = Instant.now();
        if (!stored.isValidAt(now)) {
            throw DomainException.conflict("seal.not-valid-now", "印章“" + stored.name() + "”不在有效期内（"
                    + stored.validFrom() + " 至 " + stored.validTo() + "）。");
        }
        IssuedCertificate certificate = certificates.personCertificate(caller.personId());
        SesSeal seal = stored.seal();
        if (!seal.allows(certificate.certificate().der()).orElse(false)) {
            throw DomainException.conflict("seal.certificate-not-listed",
                    "印章“" + stored.name() + "”未包含您当前的数字证书，请印章管理员重新制作印章。");
        }
        try {
            SealParameters parameters = SealParameters.builder().page(page).position(xMm, yMm)
                    .stamp(SealStamp.fromSeal(seal)).seal(seal).signerChain(keys.chain(certificate.keyAlias()))
                    .signingTime(now).reason("用印").build();
            byte[] sealed = new PdfSealer(keys.validator()).seal(pdf, parameters, keys.signer(certificate.keyAlias()));
            audit.record(AuditEvent.of("seal.applied").by(caller.personId(), caller.name(), caller.unitId())
                    .on("seal", sealId).detail("第" + page + "页；原文 SM3 " + Sm3Digest.of(pdf) + "；盖章后 SM3 "
                            + Sm3Digest.of(sealed)));
            return sealed;
        } catch (SigningException e) {
            throw PdfProblems.of(e);
        }
    }
}
