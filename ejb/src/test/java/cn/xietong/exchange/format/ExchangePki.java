package cn.xietong.exchange.format;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.PlatformCa;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2KeyPair;

/**
 * A throwaway platform CA (root → issuing CA) and the units of the tests with their exchange
 * certificates, valid from {@link #T0}. Key generation is cheap; make one per test class.
 */
final class ExchangePki {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** Well inside every certificate's validity. */
    static final Instant NOW = T0.plus(30, ChronoUnit.DAYS);

    static final Party CITY_OFFICE = new Party(Uscc.withCheckCharacter("11330100MB0000001").value(), "南江市人民政府办公室");
    static final Party FINANCE = new Party(Uscc.withCheckCharacter("11330100MB0000002").value(), "南江市财政局");
    static final Party EDUCATION = new Party(Uscc.withCheckCharacter("11330100MB0000003").value(), "南江市教育局");

    final PlatformCa root;
    final PlatformCa issuing;

    /** A unit's exchange service: its key, its chain (leaf, issuing CA, root) and who it is. */
    record UnitSigner(LocalSm2Signer signer, List<Sm2Certificate> chain, Party party) {
        SignedDocument sign(byte[] xml) {
            return ExchangeSigning.sign(xml, signer, chain);
        }
    }

    ExchangePki() {
        this("协同平台");
    }

    ExchangePki(String platformName) {
        root = PlatformCa.createRoot(new CertificateSubject(platformName + "根CA", platformName, null, null),
                Sm2KeyPair.generate().signer(), T0.minus(1, ChronoUnit.DAYS), T0.plus(7300, ChronoUnit.DAYS));
        issuing = root.createIssuingCa(new CertificateSubject(platformName + "签发CA", platformName, null, null),
                Sm2KeyPair.generate().signer(), T0.minus(1, ChronoUnit.DAYS), T0.plus(3650, ChronoUnit.DAYS));
    }

    /** The unit's exchange certificate (profile EXCHANGE_SERVICE) and key. */
    UnitSigner exchangeService(Party unit) {
        return issue(CertificateProfile.EXCHANGE_SERVICE,
                new CertificateSubject(unit.name() + "公文交换服务", unit.name(), null, new Uscc(unit.uscc())));
    }

    UnitSigner issue(CertificateProfile profile, CertificateSubject subject) {
        Sm2KeyPair keys = Sm2KeyPair.generate();
        Sm2Certificate leaf = issuing.issue(profile, subject, keys.publicKey(), T0);
        return new UnitSigner(keys.signer(), List.of(leaf, issuing.certificate(), root.certificate()),
                new Party(subject.uscc().value(), subject.unitName()));
    }

    /** Trusts this platform's root, nothing else. */
    CertificateTrust trust() {
        return CertificateTrust.of(CertificateValidator.trusting(root.certificate()));
    }
}
