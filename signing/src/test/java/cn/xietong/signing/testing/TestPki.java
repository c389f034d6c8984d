package cn.xietong.signing.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.PlatformCa;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.Sm2KeyPair;

/**
 * Test data: a platform root, an issuing CA and end entities of each profile, all valid from
 * {@link #T0} (2026-01-01). Build one per test class; key generation is cheap.
 */
public final class TestPki {

    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** A moment well inside every certificate's validity. */
    public static final Instant NOW = T0.plus(30, ChronoUnit.DAYS);

    public static final Uscc CITY_OFFICE_USCC = Uscc.withCheckCharacter("11440300MB2C09271");
    public static final Uscc SEAL_OFFICE_USCC = Uscc.withCheckCharacter("11440300MB2C08888");
    public static final String CITY_OFFICE = "深圳市人民政府办公厅";

    public final PlatformCa root;
    public final PlatformCa issuing;
    public final Party unit;
    public final Party person;
    public final Party sealMaker;
    public final Party exchange;

    /** A key pair and its certificate. */
    public record Party(Sm2KeyPair keys, Sm2Certificate certificate) {
    }

    public TestPki() {
        Sm2KeyPair rootKeys = Sm2KeyPair.generate();
        root = PlatformCa.createRoot(new CertificateSubject("协同平台根CA", "协同平台", null, null), rootKeys.signer(),
                T0.minus(1, ChronoUnit.DAYS), T0.plus(7300, ChronoUnit.DAYS));
        issuing = root.createIssuingCa(new CertificateSubject("协同平台签发CA", "协同平台", null, null),
                Sm2KeyPair.generate().signer(), T0.minus(1, ChronoUnit.DAYS), T0.plus(3650, ChronoUnit.DAYS));
        unit = issue(CertificateProfile.UNIT, CertificateSubject.unit(CITY_OFFICE, CITY_OFFICE_USCC));
        person = issue(CertificateProfile.PERSON,
                CertificateSubject.person("张伟", CITY_OFFICE, "秘书处", CITY_OFFICE_USCC));
        sealMaker = issue(CertificateProfile.SEAL_MAKER,
                new CertificateSubject("市印章管理中心制章", "深圳市公安局", "印章管理中心", SEAL_OFFICE_USCC));
        exchange = issue(CertificateProfile.EXCHANGE_SERVICE,
                new CertificateSubject(CITY_OFFICE + "公文交换服务", CITY_OFFICE, null, CITY_OFFICE_USCC));
    }

    public Party issue(CertificateProfile profile, CertificateSubject subject) {
        Sm2KeyPair k = Sm2KeyPair.generate();
        return new Party(k, issuing.issue(profile, subject, k.publicKey(), T0));
    }

    /** Trusts the root, knows the issuing CA, and uses a fresh CRL from the issuing CA. */
    public CertificateValidator validatorWithCrl() {
        return CertificateValidator.trusting(root.certificate())
                .withIntermediates(List.of(issuing.certificate()))
                .withCrls(List.of(issuing.publishCrl(NOW, NOW.plus(7, ChronoUnit.DAYS)),
                        root.publishCrl(NOW, NOW.plus(30, ChronoUnit.DAYS))));
    }
}
