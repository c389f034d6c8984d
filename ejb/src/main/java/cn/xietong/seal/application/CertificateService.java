package cn.xietong.seal.application;

import cn.xietong.organisation.model.Person;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.seal.model.IssuedCertificate;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.Sm2KeyPair;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.UUID;

/**
 * People's signing certificates (个人数字证书) from the platform CA: issued on first use, the private
 * key kept in the platform's encrypted key store.
 */
@Stateless
public class CertificateService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PlatformKeys keys;

    /** The person's usable signing certificate, issuing one if they have none. */
    public IssuedCertificate personCertificate(UUID personId) {
        Instant now = Instant.now();
        for (IssuedCertificate c : em.createQuery("select c from IssuedCertificate c where c.personId = :p"
                + " and c.profile = 'PERSON' order by c.notAfter desc", IssuedCertificate.class)
                .setParameter("p", personId).getResultList()) {
            if (c.isUsableAt(now)) {
                return c;
            }
        }
        Person person = em.find(Person.class, personId);
        if (person == null || !person.isActive()) {
            throw DomainException.notFound("organisation.person.not-found", "找不到此人员，或其已停用。");
        }
        CertificateSubject subject = CertificateSubject.person(person.getName(), person.getUnit().getName(),
                person.getDepartment() == null ? null : person.getDepartment().getName(),
                new Uscc(person.getUnit().getUscc().toString()));
        Sm2KeyPair key = Sm2KeyPair.generate();
        // Valid from a few minutes back: X.509 times have whole seconds, and clocks differ between machines.
        Sm2Certificate certificate = keys.issuingCa().issue(CertificateProfile.PERSON, subject, key.publicKey(),
                now.minus(PlatformKeys.CLOCK_SKEW));
        String alias = "person-" + certificate.serialNumber().toString(16);
        keys.keep(alias, key, certificate);
        IssuedCertificate issued = new IssuedCertificate(personId, person.getUnit().getId(),
                CertificateProfile.PERSON.name(), alias, certificate);
        em.persist(issued);
        return issued;
    }
}
