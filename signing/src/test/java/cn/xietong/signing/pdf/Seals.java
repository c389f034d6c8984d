package cn.xietong.signing.pdf;

import java.time.Instant;
import java.util.List;

import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.seal.SealMaker;
import cn.xietong.signing.seal.SealPicture;
import cn.xietong.signing.seal.SealRequest;
import cn.xietong.signing.seal.SealType;
import cn.xietong.signing.seal.SesSeal;
import cn.xietong.signing.testing.TestPki;

/**
 * Test data for sealing: the platform PKI of {@link TestPki}, signers of several units, and a
 * parameters builder: {@code seals.by(cityOffice).onPage(1).at(140, 230)}.
 */
final class Seals {

    static final Instant SIGNING_TIME = TestPki.NOW;
    static final SealStamp RED_SEAL = TestStamps.redSeal();

    final TestPki pki = new TestPki();
    final Signer cityOffice = new Signer(pki.unit);
    final Signer financeBureau = signer(CertificateProfile.UNIT,
            CertificateSubject.unit("深圳市财政局", Uscc.withCheckCharacter("11440300MB2C07777")));

    /** A key holder with its certificate chain up to the root. */
    final class Signer {
        final TestPki.Party party;

        Signer(TestPki.Party party) {
            this.party = party;
        }

        List<Sm2Certificate> chain() {
            return List.of(party.certificate(), pki.issuing.certificate(), pki.root.certificate());
        }

        LocalSm2Signer key() {
            return party.keys().signer();
        }

        /** Parameters for this signer at (x, y) mm on the page, profile CMS, the fixed test time. */
        SealParameters.Builder at(int page, double xMm, double yMm) {
            return SealParameters.builder().page(page).position(xMm, yMm).stamp(RED_SEAL)
                    .signerChain(chain()).signingTime(SIGNING_TIME).reason("联合发文");
        }
    }

    Signer signer(CertificateProfile profile, CertificateSubject subject) {
        return new Signer(pki.issue(profile, subject));
    }

    /** A GB/T 38540 seal of {@code holder}'s unit that {@code holder} may use, made by the platform's seal maker. */
    SesSeal sealOf(Signer holder, String esId, Instant validStart, Instant validEnd) {
        SealMaker maker = new SealMaker(pki.sealMaker.keys().signer(), pki.sealMaker.certificate(), pki.validatorWithCrl());
        SealRequest request = new SealRequest(esId, SealType.LEGAL_NAME, holder.party.certificate().subjectCommonName() + "公章",
                List.of(holder.party.certificate()), validStart, validEnd, SealPicture.png(TestStamps.redSealPng(), 42, 42));
        return maker.make(request, TestPki.T0.plusSeconds(60));
    }

    SesSeal sealOf(Signer holder) {
        return sealOf(holder, "44030000000" + Math.abs(holder.hashCode() % 10000), TestPki.T0, TestPki.T0.plus(java.time.Duration.ofDays(365)));
    }

    PdfSealVerifier trustingVerifier() {
        return new PdfSealVerifier(pki.validatorWithCrl());
    }
}
