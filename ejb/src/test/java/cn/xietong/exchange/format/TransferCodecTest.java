package cn.xietong.exchange.format;

import static cn.xietong.exchange.format.ExchangePki.CITY_OFFICE;
import static cn.xietong.exchange.format.ExchangePki.EDUCATION;
import static cn.xietong.exchange.format.ExchangePki.FINANCE;
import static cn.xietong.exchange.format.ExchangePki.NOW;
import static cn.xietong.exchange.format.Manifests.aManifest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.crypto.Sm3Digest;

class TransferCodecTest {

    private static final ExchangePki PKI = new ExchangePki();
    private static final ExchangePki.UnitSigner CITY = PKI.exchangeService(CITY_OFFICE);
    private static final ExchangePki.UnitSigner FIN = PKI.exchangeService(FINANCE);
    private static final byte[] BODY = "%PDF-1.7 正文".getBytes(StandardCharsets.UTF_8);

    @Test
    void aMixedTransferDecodesEqualAndVerifies() {
        Manifests toFinance = aManifest().from(CITY_OFFICE).to(FINANCE).withBody("正文.pdf", BODY)
                .withAttachment("附件.pdf", new byte[] {9, 8, 7});
        Manifests toEducation = aManifest().from(CITY_OFFICE).to(EDUCATION).as(AddresseeRole.COPY).withBody("正文.pdf", BODY);
        SignedDocument p1 = CITY.sign(ExchangeXml.write(toFinance.build()));
        SignedDocument p2 = CITY.sign(ExchangeXml.write(toEducation.build()));
        SignedDocument receipt = FIN.sign(ExchangeXml.write(new Receipt(UUID.randomUUID(), UUID.randomUUID(),
                Sm3Digest.of(new byte[] {1}), ReceiptOutcome.ACCEPTED, null, EDUCATION, FINANCE, "陈晓燕", NOW)));
        SignedDocument notice = CITY.sign(ExchangeXml.write(new Notice(UUID.randomUUID(), NoticeKind.URGE, UUID.randomUUID(),
                p1.digest(), CITY_OFFICE, FINANCE, "请尽快签收", null, NOW)));
        List<TransferFile> files = new ArrayList<>(toFinance.contents());
        files.addAll(toEducation.contents()); // the body twice: carried once

        Transfer t = new Transfer(UUID.randomUUID(), "南江市政务协同平台", List.of(p1, p2), List.of(receipt), List.of(notice), files);
        Transfer back = TransferCodec.decode(TransferCodec.encode(t));

        assertEquals(t.transferId(), back.transferId());
        assertEquals(t.fromPlatform(), back.fromPlatform());
        assertEquals(t.packages(), back.packages());
        assertEquals(t.receipts(), back.receipts());
        assertEquals(t.notices(), back.notices());
        assertEquals(2, back.files().size());
        assertArrayEquals(TransferCodec.encode(t), TransferCodec.encode(back));
        CertificateTrust trust = CertificateTrust.caching(PKI.trust(), 16);
        for (SignedDocument p : back.packages()) {
            assertTrue(ExchangeVerifier.verifyPackage(p, back.fileSource(), trust, NOW).valid());
        }
        assertTrue(ExchangeVerifier.verifyReceipt(back.receipts().get(0), trust, NOW).valid());
        assertTrue(ExchangeVerifier.verifyNotice(back.notices().get(0), trust, NOW).valid());
    }

    @Test
    void twoHundredPackagesOfOneSenderCarryItsChainOnce() {
        List<SignedDocument> packages = new ArrayList<>();
        int xmlBytes = 0;
        for (int i = 0; i < 200; i++) {
            SignedDocument p = CITY.sign(ExchangeXml.write(aManifest().from(CITY_OFFICE).to(FINANCE).withBody("正文.pdf", BODY).build()));
            packages.add(p);
            xmlBytes += p.xml().length;
        }
        int chainBytes = CITY.chain().stream().mapToInt(c -> c.der().length).sum();
        byte[] encoded = TransferCodec.encode(new Transfer(UUID.randomUUID(), "平台", packages, List.of(), List.of(),
                List.of(TransferFile.of(BODY))));
        int overhead = encoded.length - xmlBytes - BODY.length;
        // per package: length, signature, chain of 3 indexes = 75 bytes; the chain itself once
        assertTrue(overhead < chainBytes + 200 * 80, "overhead " + overhead + " with a chain of " + chainBytes + " bytes");
        assertTrue(overhead > chainBytes, "the chain is in there once");
        Transfer back = TransferCodec.decode(encoded);
        assertEquals(200, back.packages().size());
        assertTrue(back.packages().get(0).chain().get(0) == back.packages().get(199).chain().get(0),
                "decoded documents share the certificate objects");
    }

    @Test
    void decodingComputesEachFilesDigestFromItsBytes() {
        SignedDocument p = CITY.sign(ExchangeXml.write(aManifest().withBody("正文.pdf", BODY).build()));
        TransferFile lying = new TransferFile(Sm3Digest.of(BODY), "%PDF-1.7 别的内容".getBytes(StandardCharsets.UTF_8));
        Transfer back = TransferCodec.decode(TransferCodec.encode(
                new Transfer(UUID.randomUUID(), "平台", List.of(p), List.of(), List.of(), List.of(lying))));
        assertEquals(Sm3Digest.of(lying.bytes()), back.files().get(0).sm3());
        assertTrue(back.fileSource().sizeOf(Sm3Digest.of(BODY)).isEmpty());
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] encoded = TransferCodec.encode(smallTransfer());
        for (int n = 0; n < encoded.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(encoded, n);
            ExchangeFormatException e = assertThrows(ExchangeFormatException.class, () -> TransferCodec.decode(cut),
                    "prefix of " + n + " bytes");
            assertTrue(e.getMessage().startsWith("传输报文格式错误（偏移 "), e.getMessage());
        }
    }

    @Test
    void garbageAndOtherFormatsAreRefused() {
        Random random = new Random(20260301);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(300)];
            random.nextBytes(junk);
            assertThrows(ExchangeFormatException.class, () -> TransferCodec.decode(junk));
        }
        byte[] good = TransferCodec.encode(smallTransfer());

        byte[] otherMagic = good.clone();
        otherMagic[0] = 'Y';
        assertMessage(refused(otherMagic), "不是协同交换传输报文");
        byte[] version2 = good.clone();
        version2[4] = 2;
        assertMessage(refused(version2), "不支持的传输格式版本 2");
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 3);
        assertMessage(refused(trailing), "多余数据");
        assertThrows(ExchangeFormatException.class, () -> TransferCodec.decode(null));
    }

    @Test
    void absurdCountsAndLengthsAreRefusedBeforeAllocating() {
        byte[] good = TransferCodec.encode(smallTransfer());
        int certCountAt = 4 + 1 + 16 + 2 + "南江市政务协同平台".getBytes(StandardCharsets.UTF_8).length;
        byte[] manyCerts = good.clone();
        ByteBuffer.wrap(manyCerts).putInt(certCountAt, -1);
        assertMessage(refused(manyCerts), "证书数为4294967295，超过上限10000");
        byte[] longCert = good.clone();
        ByteBuffer.wrap(longCert).putInt(certCountAt + 4, 0x7fffffff);
        assertMessage(refused(longCert), "第1个证书的长度为2147483647字节，超过上限");
        byte[] shortCert = good.clone();
        ByteBuffer.wrap(shortCert).putInt(certCountAt + 4, 40);
        assertThrows(ExchangeFormatException.class, () -> TransferCodec.decode(shortCert));
    }

    @Test
    void aChainIndexOutsideTheCertificateTableIsRefused() {
        Transfer t = smallTransfer();
        byte[] good = TransferCodec.encode(t);
        byte[] bad = good.clone();
        // the end: ... last certificate index (u16) of the only package, 0 receipts (u32), 0 notices (u32)
        bad[bad.length - 9] = 9;
        bad[bad.length - 10] = 0;
        assertMessage(refused(bad), "引用了不存在的第10个证书");
    }

    private static Transfer smallTransfer() {
        Manifests m = aManifest().from(CITY_OFFICE).to(FINANCE).withBody("正文.pdf", BODY);
        SignedDocument p = CITY.sign(ExchangeXml.write(m.build()));
        return new Transfer(UUID.randomUUID(), "南江市政务协同平台", List.of(p), List.of(), List.of(), m.contents());
    }

    private static String refused(byte[] bytes) {
        return assertThrows(ExchangeFormatException.class, () -> TransferCodec.decode(bytes)).getMessage();
    }

    private static void assertMessage(String message, String part) {
        assertTrue(message != null && message.contains(part), () -> "expected “" + part + "” in: " + message);
    }
}
