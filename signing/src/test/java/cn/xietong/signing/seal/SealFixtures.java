package cn.xietong.signing.seal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.imageio.ImageIO;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;

import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2Signer;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.signing.testing.TestPki;

/** Seals for tests: a small PNG picture, a seal of the city office allowing its unit certificate. */
final class SealFixtures {

    static final Instant SEAL_START = TestPki.T0;
    static final Instant SEAL_END = TestPki.T0.plus(365, ChronoUnit.DAYS);

    private SealFixtures() {
    }

    static byte[] tinyPng() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.drawOval(1, 1, 14, 14);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static SealRequest officialSealRequest(TestPki pki) {
        return new SealRequest("4403000000001", SealType.LEGAL_NAME, TestPki.CITY_OFFICE + "公文专用章",
                List.of(pki.unit.certificate(), pki.person.certificate()), SEAL_START, SEAL_END,
                SealPicture.png(tinyPng(), 42, 42));
    }

    static SealMaker sealMaker(TestPki pki) {
        return new SealMaker(pki.sealMaker.keys().signer(), pki.sealMaker.certificate(), pki.validatorWithCrl());
    }

    static SesSeal officialSeal(TestPki pki) {
        return sealMaker(pki).make(officialSealRequest(pki), TestPki.NOW.minus(1, ChronoUnit.DAYS));
    }

    /** A v4 signature built without any of DocumentSealer's checks, to test what the verifier catches. */
    static byte[] forgeSignature(SesSeal seal, byte[] signerCertDer, Sm2Signer signer, Instant time, byte[] data) {
        try {
            byte[] tbs = Der.sequenceOf(new ASN1Integer(4).getEncoded("DER"), seal.encoded(),
                    SealMaker.time(time).getEncoded("DER"),
                    new DERBitString(Sm3Digest.of(data).bytes()).getEncoded("DER"),
                    new DERIA5String("forged").getEncoded("DER"));
            return SesSignature.assembleV4(tbs, signerCertDer, Sm2.SM3_WITH_SM2_OID, signer.sign(tbs).toDer()).encoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
