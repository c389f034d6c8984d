package cn.xietong.exchange.format;

import static cn.xietong.exchange.format.ExchangePki.CITY_OFFICE;
import static cn.xietong.exchange.format.ExchangePki.EDUCATION;
import static cn.xietong.exchange.format.ExchangePki.FINANCE;
import static cn.xietong.exchange.format.ExchangePki.NOW;
import static cn.xietong.exchange.format.Manifests.aManifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.Uscc;

class ExchangeVerifierTest {

    private static final ExchangePki PKI = new ExchangePki();
    private static final ExchangePki.UnitSigner CITY = PKI.exchangeService(CITY_OFFICE);
    private static final ExchangePki.UnitSigner FIN = PKI.exchangeService(FINANCE);
    private static final byte[] BODY = "%PDF-1.7 南江市人民政府办公室关于做好春季防汛工作的通知".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ATTACHMENT = "%PDF-1.7 附件：防汛责任人名单".getBytes(StandardCharsets.UTF_8);

    private final Manifests manifest = aManifest().from(CITY_OFFICE).to(FINANCE)
            .withBody("正文.pdf", BODY).withAttachment("附件1 防汛责任人名单.pdf", ATTACHMENT);

    @Test
    void aPackageSignedByItsSenderWithItsFilesPassesEveryCheck() {
        SignedDocument p = CITY.sign(ExchangeXml.write(manifest.build()));
        Verification v = ExchangeVerifier.verifyPackage(p, transferOf(p, manifest.contents()).fileSource(), PKI.trust(), NOW);
        assertTrue(v.valid(), v::toString);
        assertEquals(List.of(Check.FORMAT, Check.SIGNATURE, Check.CERTIFICATE, Check.SENDER, Check.FILES),
                v.checks().stream().map(CheckResult::check).toList());
        assertEquals("验证通过", v.reason());
        assertTrue(v.firstFailure().isEmpty());
    }

    @Test
    void aManifestReadBeforehandIsVerifiedAsIfReadHereAndOnlyItsParsingIsSaved() {
        SignedDocument p = CITY.sign(ExchangeXml.write(manifest.build()));
        FileSource files = transferOf(p, manifest.contents()).fileSource();
        PackageManifest read = ExchangeXml.readManifest(p.xml());
        assertEquals(ExchangeVerifier.verifyPackage(p, files, PKI.trust(), NOW),
                ExchangeVerifier.verifyPackage(p, read, files, PKI.trust(), NOW));
        // the signature is still checked over the bytes received, whatever was read from them
        SignedDocument byOther = FIN.sign(ExchangeXml.write(manifest.build()));
        Verification v = ExchangeVerifier.verifyPackage(new SignedDocument(p.xml(), byOther.signature(), p.chain()), read,
                files, PKI.trust(), NOW);
        assertEquals(Check.SIGNATURE, v.firstFailure().orElseThrow().check());
        // nothing read: the format check reads, and says why it fails
        Verification unreadable = ExchangeVerifier.verifyPackage(new SignedDocument("<x/>".getBytes(StandardCharsets.UTF_8),
                p.signature(), p.chain()), null, files, PKI.trust(), NOW);
        assertEquals(Check.FORMAT, unreadable.firstFailure().orElseThrow().check());

        SignedDocument receipt = FIN.sign(ExchangeXml.write(new Receipt(UUID.randomUUID(), UUID.randomUUID(), p.digest(),
                ReceiptOutcome.ACCEPTED, null, CITY_OFFICE, FINANCE, "陈晓燕", NOW)));
        assertEquals(ExchangeVerifier.verifyReceipt(receipt, PKI.trust(), NOW),
                ExchangeVerifier.verifyReceipt(receipt, ExchangeXml.readReceipt(receipt.xml()), PKI.trust(), NOW));
    }

    @Test
    void aTamperedManifestByteFailsTheSignature() {
        byte[] xml = ExchangeXml.write(manifest.build());
        SignedDocument signed = CITY.sign(xml);
        byte[] tampered = xml.clone();
        int at = indexOf(tampered, "防汛".getBytes(StandardCharsets.UTF_8));
        tampered[at + 2] ^= 0x01; // 防 → another CJK character: still well-formed, still valid against the schema
        SignedDocument p = new SignedDocument(tampered, signed.signature(), signed.chain());
        Verification v = verify(p);
        assertFalse(v.valid());
        assertPassed(v, Check.FORMAT);
        assertEquals(Check.SIGNATURE, v.firstFailure().orElseThrow().check());
        assertTrue(v.reason().startsWith("签名：SM2 签名与签名证书"), v.reason());
        assertPassed(v, Check.CERTIFICATE);
    }

    @Test
    void aCertificateFromAnotherCaFailsTheCertificateCheck() {
        ExchangePki stranger = new ExchangePki("另一平台");
        SignedDocument p = stranger.exchangeService(CITY_OFFICE).sign(ExchangeXml.write(manifest.build()));
        Verification v = verify(p);
        assertEquals(Check.CERTIFICATE, v.firstFailure().orElseThrow().check());
        assertTrue(v.reason().contains("不是受信任的 CA 签发的"), v.reason());
        assertPassed(v, Check.SIGNATURE);
        assertPassed(v, Check.SENDER);
    }

    @Test
    void aPersonsCertificateIsNotAnExchangeCertificate() {
        ExchangePki.UnitSigner person = PKI.issue(CertificateProfile.PERSON,
                CertificateSubject.person("王浩然", CITY_OFFICE.name(), "秘书科", new Uscc(CITY_OFFICE.uscc())));
        Verification v = verify(person.sign(ExchangeXml.write(manifest.build())));
        assertEquals(Check.CERTIFICATE, v.firstFailure().orElseThrow().check());
        assertTrue(v.reason().contains("不是公文交换服务证书"), v.reason());
    }

    @Test
    void anExpiredCertificateFailsTheCertificateCheck() {
        SignedDocument p = CITY.sign(ExchangeXml.write(manifest.build()));
        Verification v = ExchangeVerifier.verifyPackage(p, transferOf(p, manifest.contents()).fileSource(), PKI.trust(),
                ExchangePki.T0.plus(800, ChronoUnit.DAYS));
        assertEquals(Check.CERTIFICATE, v.firstFailure().orElseThrow().check());
        assertTrue(v.reason().contains("不在有效期内"), v.reason());
    }

    @Test
    void aUnitCannotSignForAnother() {
        SignedDocument p = FIN.sign(ExchangeXml.write(manifest.build())); // 财政局 signs what claims to be from 市政府办公室
        Verification v = verify(p);
        assertPassed(v, Check.SIGNATURE);
        assertPassed(v, Check.CERTIFICATE);
        CheckResult sender = v.firstFailure().orElseThrow();
        assertEquals(Check.SENDER, sender.check());
        assertTrue(sender.detail().contains(FINANCE.uscc()) && sender.detail().contains(CITY_OFFICE.name()), sender.detail());
    }

    @Test
    void aFileWhoseBytesChangedInTheTransferFailsNamingTheFile() {
        SignedDocument p = CITY.sign(ExchangeXml.write(manifest.build()));
        byte[] encoded = TransferCodec.encode(transferOf(p, manifest.contents()));
        int at = indexOf(encoded, ATTACHMENT);
        encoded[at + ATTACHMENT.length - 1] ^= 0x20;
        Transfer received = TransferCodec.decode(encoded);
        Verification v = ExchangeVerifier.verifyPackage(received.packages().get(0), received.fileSource(), PKI.trust(), NOW);
        CheckResult files = v.firstFailure().orElseThrow();
        assertEquals(Check.FILES, files.check());
        assertTrue(files.detail().contains("附件“附件1 防汛责任人名单.pdf”"), files.detail());
        assertFalse(files.detail().contains("正文.pdf"), files.detail());
    }

    @Test
    void aMissingFileOrAWrongSizeFailsTheFilesCheck() {
        SignedDocument p = CITY.sign(ExchangeXml.write(manifest.build()));
        Verification missing = verify(p, transferOf(p, List.of(TransferFile.of(BODY))).fileSource());
        assertEquals(Check.FILES, missing.firstFailure().orElseThrow().check());
        assertTrue(missing.reason().contains("缺少附件“附件1 防汛责任人名单.pdf”"), missing.reason());

        Verification wrongSize = verify(p, sm3 -> java.util.OptionalLong.of(7));
        assertTrue(wrongSize.reason().contains("大小不符：清单为"), wrongSize.reason());
    }

    @Test
    void anUnreadableManifestFailsTheFormatAndSkipsWhatNeedsIt() {
        byte[] xml = new String(ExchangeXml.write(manifest.build()), StandardCharsets.UTF_8)
                .replace("<kind>通知</kind>", "<kind>便函</kind>").getBytes(StandardCharsets.UTF_8);
        Verification v = verify(CITY.sign(xml));
        assertEquals(List.of(Check.FORMAT, Check.SIGNATURE, Check.CERTIFICATE),
                v.checks().stream().map(CheckResult::check).toList());
        assertTrue(v.reason().startsWith("格式：交换格式错误"), v.reason());
        assertPassed(v, Check.SIGNATURE); // signed as it is: the report still says the signature holds
    }

    @Test
    void aReceiptMustBeSignedByItsAddressee() {
        Receipt r = new Receipt(UUID.randomUUID(), UUID.randomUUID(), CITY.sign(ExchangeXml.write(manifest.build())).digest(),
                ReceiptOutcome.ACCEPTED, null, CITY_OFFICE, FINANCE, "陈晓燕", NOW);
        byte[] xml = ExchangeXml.write(r);
        assertTrue(ExchangeVerifier.verifyReceipt(FIN.sign(xml), PKI.trust(), NOW).valid());
        Verification byTheSender = ExchangeVerifier.verifyReceipt(CITY.sign(xml), PKI.trust(), NOW);
        assertEquals(Check.SENDER, byTheSender.firstFailure().orElseThrow().check());
        assertTrue(byTheSender.reason().contains("回执的收文单位"), byTheSender.reason());
    }

    @Test
    void aNoticeMustBeSignedByThePackagesSender() {
        Notice n = new Notice(UUID.randomUUID(), NoticeKind.RECALL, UUID.randomUUID(),
                CITY.sign(ExchangeXml.write(manifest.build())).digest(), CITY_OFFICE, FINANCE, "主送单位有误", "王浩然", NOW);
        byte[] xml = ExchangeXml.write(n);
        assertTrue(ExchangeVerifier.verifyNotice(CITY.sign(xml), PKI.trust(), NOW).valid());
        ExchangePki.UnitSigner education = PKI.exchangeService(EDUCATION);
        assertEquals(Check.SENDER, ExchangeVerifier.verifyNotice(education.sign(xml), PKI.trust(), NOW)
                .firstFailure().orElseThrow().check());
        // a manifest is not a notice
        assertEquals(Check.FORMAT, ExchangeVerifier.verifyNotice(CITY.sign(ExchangeXml.write(manifest.build())),
                PKI.trust(), NOW).firstFailure().orElseThrow().check());
    }

    @Test
    void theDigestIsTheSm3OfTheExactXml() {
        byte[] xml = ExchangeXml.write(manifest.build());
        assertEquals(cn.xietong.signing.crypto.Sm3Digest.of(xml), CITY.sign(xml).digest());
    }

    @Test
    void signingRefusesAKeyThatIsNotTheCertificates() {
        assertThrows(IllegalArgumentException.class,
                () -> ExchangeSigning.sign(ExchangeXml.write(manifest.build()), FIN.signer(), CITY.chain()));
    }

    @Test
    void aCachingTrustValidatesEachChainOncePerInstant() {
        AtomicInteger calls = new AtomicInteger();
        CertificateTrust counted = (chain, at) -> {
            calls.incrementAndGet();
            return PKI.trust().validate(chain, at);
        };
        CertificateTrust cached = CertificateTrust.caching(counted, 100);
        SignedDocument a = CITY.sign(ExchangeXml.write(manifest.build()));
        SignedDocument b = CITY.sign(ExchangeXml.write(aManifest().from(CITY_OFFICE).to(EDUCATION).build()));
        assertTrue(ExchangeVerifier.verifyPackage(a, transferOf(a, manifest.contents()).fileSource(), cached, NOW).valid());
        ExchangeVerifier.verifyPackage(b, sm3 -> java.util.OptionalLong.empty(), cached, NOW);
        assertEquals(1, calls.get());
        ExchangeVerifier.verifyPackage(b, sm3 -> java.util.OptionalLong.empty(), cached, NOW.plusSeconds(1));
        assertEquals(2, calls.get());
    }

    private Verification verify(SignedDocument p) {
        return verify(p, transferOf(p, manifest.contents()).fileSource());
    }

    private static Verification verify(SignedDocument p, FileSource files) {
        return ExchangeVerifier.verifyPackage(p, files, PKI.trust(), NOW);
    }

    private static Transfer transferOf(SignedDocument p, List<TransferFile> files) {
        return new Transfer(UUID.randomUUID(), "南江市政务协同平台", List.of(p), List.of(), List.of(), files);
    }

    private static void assertPassed(Verification v, Check check) {
        CheckResult r = v.checks().stream().filter(c -> c.check() == check).findFirst().orElseThrow();
        assertTrue(r.passed(), r::toString);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + Arrays.toString(needle));
    }
}
