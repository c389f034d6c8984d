package cn.xietong.exchange.format;

import static cn.xietong.exchange.format.ExchangePki.CITY_OFFICE;
import static cn.xietong.exchange.format.ExchangePki.FINANCE;
import static cn.xietong.exchange.format.Manifests.aManifest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.crypto.Sm3Digest;

class ExchangeXmlTest {

    private static final Sm3Digest DIGEST = Sm3Digest.of("交换包清单".getBytes(StandardCharsets.UTF_8));

    @Test
    void manifestWithEveryElementReadsBackEqual() {
        PackageManifest m = aManifest().from(CITY_OFFICE).to(FINANCE).as(AddresseeRole.COPY).withUrgency("特急")
                .withBody("正文.pdf", new byte[] {1, 2, 3})
                .withAttachment("附件1 经费表.pdf", new byte[] {4, 5})
                .withFile("附件2.ofd", FileRole.ATTACHMENT, "application/ofd", new byte[0])
                .build();
        byte[] xml = ExchangeXml.write(m);
        assertEquals(m, ExchangeXml.readManifest(xml));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"urn:xietong:exchange:1\">"), text);
        assertTrue(text.contains("<role>COPY</role>") && text.contains("<role>ATTACHMENT</role>"), text);
        assertTrue(text.contains("<sentAt>2026-03-01T08:30:12.345Z</sentAt>"), text);
    }

    @Test
    void manifestWithoutUrgencyHasNoUrgencyElement() {
        PackageManifest m = aManifest().withUrgency(null).build();
        byte[] xml = ExchangeXml.write(m);
        assertTrue(!new String(xml, StandardCharsets.UTF_8).contains("urgency"));
        assertNull(ExchangeXml.readManifest(xml).urgency());
    }

    @Test
    void writingIsDeterministic() {
        PackageManifest m = aManifest().build();
        PackageManifest same = new PackageManifest(m.packageId(), m.documentNumber(), m.title(), m.kind(), m.urgency(),
                new Party(m.sender().uscc(), m.sender().name()), m.addressee(), m.role(), m.documentDate(),
                m.sentAt(), m.files());
        assertArrayEquals(ExchangeXml.write(m), ExchangeXml.write(same));
        assertArrayEquals(ExchangeXml.write(m), ExchangeXml.write(ExchangeXml.readManifest(ExchangeXml.write(m))));
    }

    @Test
    void timesKeepWholeMillisecondsAndRoundTripExactly() {
        Instant fine = Instant.parse("2026-03-01T08:30:12.345678901Z");
        PackageManifest m = aManifest().sentAt(fine).build();
        assertEquals(Instant.parse("2026-03-01T08:30:12.345Z"), m.sentAt());
        assertEquals(m, ExchangeXml.readManifest(ExchangeXml.write(m)));

        PackageManifest whole = aManifest().sentAt(Instant.parse("2026-03-01T08:30:00Z")).build();
        String text = new String(ExchangeXml.write(whole), StandardCharsets.UTF_8);
        assertTrue(text.contains("<sentAt>2026-03-01T08:30:00.000Z</sentAt>"), text);
        assertEquals(whole, ExchangeXml.readManifest(ExchangeXml.write(whole)));
    }

    @Test
    void theWorkflowsSpellingOfTheOrderKindIsTakenAsOrder() {
        PackageManifest m = aManifest().ofKind("命令（令）").build();
        assertEquals("命令", m.kind());
        assertEquals(m, ExchangeXml.readManifest(ExchangeXml.write(m)));
    }

    @Test
    void receiptReadsBackEqualWithMarkupAndLineBreaksInTheReason() {
        Receipt r = new Receipt(UUID.randomUUID(), UUID.randomUUID(), DIGEST, ReceiptOutcome.RETURNED,
                "主送单位有误 <财政局> & 教育局；\r\n请核实后\t重发。]]>", CITY_OFFICE, FINANCE, "陈晓燕",
                Instant.parse("2026-03-02T01:02:03.004Z"));
        byte[] xml = ExchangeXml.write(r);
        assertEquals(r, ExchangeXml.readReceipt(xml));
        assertArrayEquals(xml, ExchangeXml.write(ExchangeXml.readReceipt(xml)));
    }

    @Test
    void receiptWithoutReasonOrPersonReadsBackEqual() {
        Receipt r = new Receipt(UUID.randomUUID(), UUID.randomUUID(), DIGEST, ReceiptOutcome.DELIVERED, "  ",
                CITY_OFFICE, FINANCE, null, Instant.parse("2026-03-02T01:02:03Z"));
        assertNull(r.reason());
        assertEquals(r, ExchangeXml.readReceipt(ExchangeXml.write(r)));
    }

    @Test
    void everyReceiptOutcomeAndNoticeKindRoundTrips() {
        for (ReceiptOutcome o : ReceiptOutcome.values()) {
            Receipt r = new Receipt(UUID.randomUUID(), UUID.randomUUID(), DIGEST, o, "原因", CITY_OFFICE, FINANCE,
                    null, ExchangePki.NOW);
            assertEquals(r, ExchangeXml.readReceipt(ExchangeXml.write(r)));
        }
        for (NoticeKind k : NoticeKind.values()) {
            Notice n = new Notice(UUID.randomUUID(), k, UUID.randomUUID(), DIGEST, CITY_OFFICE, FINANCE,
                    "请于3月5日前签收。\n谢谢。", "王浩然", ExchangePki.NOW);
            assertEquals(n, ExchangeXml.readNotice(ExchangeXml.write(n)));
        }
    }

    @Test
    void noticeWithoutMessageOrPersonReadsBackEqual() {
        Notice n = new Notice(UUID.randomUUID(), NoticeKind.RECALL, UUID.randomUUID(), DIGEST, CITY_OFFICE, FINANCE,
                null, null, ExchangePki.NOW);
        assertEquals(n, ExchangeXml.readNotice(ExchangeXml.write(n)));
    }

    @Test
    void readersOnManyThreadsEachGetTheirOwnDocument() throws Exception {
        List<PackageManifest> manifests = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            manifests.add(aManifest().titled("关于第" + i + "号事项的通知").build());
        }
        List<byte[]> xml = manifests.stream().map(ExchangeXml::write).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<PackageManifest>> read = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (byte[] x : xml) {
                    read.add(pool.submit(() -> ExchangeXml.readManifest(x)));
                }
                // refusals on the same parsers in between must not leave state behind
                pool.submit(() -> assertThrows(ExchangeFormatException.class,
                        () -> ExchangeXml.readManifest("<package/>".getBytes(StandardCharsets.UTF_8))));
            }
            for (int i = 0; i < read.size(); i++) {
                assertEquals(manifests.get(i % manifests.size()), read.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePublishedSchemaCompilesOnItsOwn() throws Exception {
        byte[] xsd = ExchangeXml.schema();
        assertTrue(new String(xsd, StandardCharsets.UTF_8).contains("targetNamespace=\"urn:xietong:exchange:1\""));
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new ByteArrayInputStream(xsd)));
        // the schema alone (not this reader) accepts what the writer writes
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(ExchangeXml.write(aManifest().build()))));
    }
}
