package cn.xietong.exchange.format;

import static cn.xietong.exchange.format.Manifests.aManifest;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.crypto.Sm3Digest;

/** Documents the reader refuses, each with a Chinese message saying what is wrong and where. */
class ExchangeXmlRefusalTest {

    private static final String GOOD = new String(ExchangeXml.write(aManifest().build()), StandardCharsets.UTF_8);
    private static final String SENDER_USCC = ExchangePki.CITY_OFFICE.uscc();

    @Test
    void aCreditCodeOfTheWrongShapeIsRefusedAtItsElementAndLine() {
        String xml = GOOD.replace("<uscc>" + SENDER_USCC + "</uscc>", "<uscc>11330100MB00000I</uscc>");
        String message = refused(xml);
        assertContains(message, "第9行");
        assertContains(message, "package/sender/uscc");
        assertContains(message, "统一社会信用代码");
        assertContains(message, "11330100MB00000I");
        assertContains(message, "不含 I、O、S、V、Z");
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefused() {
        String wrong = SENDER_USCC.substring(0, 17) + (SENDER_USCC.charAt(17) == '0' ? '1' : '0');
        String message = refused(GOOD.replace("<uscc>" + SENDER_USCC + "</uscc>", "<uscc>" + wrong + "</uscc>"));
        assertContains(message, "package/sender/uscc");
        assertContains(message, "校验位应为“" + SENDER_USCC.charAt(17) + "”");
    }

    @Test
    void aDigestThatIsNot64LowerCaseHexDigitsIsRefused() {
        String sm3 = between(GOOD, "<sm3>", "</sm3>");
        assertContains(refused(GOOD.replace(sm3, sm3.substring(1))), "package/files/file/sm3");
        String upper = refused(GOOD.replace(sm3, sm3.toUpperCase()));
        assertContains(upper, "SM3摘要");
        assertContains(upper, "64位小写十六进制");
    }

    @Test
    void anUnknownKindIsRefusedListingTheKinds() {
        String message = refused(GOOD.replace("<kind>通知</kind>", "<kind>便函</kind>"));
        assertContains(message, "package/kind（文种）");
        assertContains(message, "“便函”");
        assertContains(message, "决议、决定、命令、令、公报");
    }

    @Test
    void aMissingElementIsNamed() {
        String title = between(GOOD, "<title>", "</title>");
        String message = refused(GOOD.replace("  <title>" + title + "</title>\n", ""));
        assertContains(message, "缺少元素 title");
        assertContains(message, "元素 package（交换包清单）");
        String noFiles = GOOD.substring(0, GOOD.indexOf("  <files>")) + "</package>\n";
        assertContains(refused(noFiles), "缺少元素 files");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsResolved() {
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE package [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + GOOD.substring(GOOD.indexOf("<package")).replace("<title>", "<title>&x;");
        String message = refused(xxe);
        assertContains(message, "DOCTYPE");
        assertFalse(message.contains("root:"), message);
        String laughs = "<!DOCTYPE package [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + GOOD.substring(GOOD.indexOf("<package")).replace("<title>", "<title>&b;");
        assertContains(refused(laughs), "DOCTYPE");
    }

    @Test
    void aReceiptIsNotAManifest() {
        Receipt r = new Receipt(UUID.randomUUID(), UUID.randomUUID(), Sm3Digest.of(new byte[1]), ReceiptOutcome.ACCEPTED,
                null, ExchangePki.CITY_OFFICE, ExchangePki.FINANCE, null, ExchangePki.NOW);
        ExchangeFormatException e = assertThrows(ExchangeFormatException.class,
                () -> ExchangeXml.readManifest(ExchangeXml.write(r)));
        assertContains(e.getMessage(), "应为交换包清单（根元素 package），实为回执（receipt）");
    }

    @Test
    void anotherNamespaceOrAnAttributeIsRefused() {
        assertContains(refused(GOOD.replace("urn:xietong:exchange:1", "urn:xietong:exchange:2")), "不是交换格式的元素");
        assertContains(refused(GOOD.replace("<title>", "<title lang=\"zh\">")), "元素 title 不应有属性");
        assertContains(refused(GOOD.replace("<files>", "<files lang=\"zh\">")), "不应有属性 lang");
        // schema hints are attributes too: refused, never followed
        assertContains(refused(GOOD.replace("<package xmlns=\"urn:xietong:exchange:1\">",
                "<package xmlns=\"urn:xietong:exchange:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        + "xsi:schemaLocation=\"urn:xietong:exchange:1 http://127.0.0.1:9/x.xsd\">")), "不应有属性");
    }

    @Test
    void timesFinerThanMillisecondsOrWithoutZoneAreRefused() {
        String micro = refused(GOOD.replace("08:30:12.345Z", "08:30:12.345678Z"));
        assertContains(micro, "package/sentAt（发送时间）");
        assertContains(micro, "最多精确到毫秒");
        assertContains(refused(GOOD.replace("08:30:12.345Z", "08:30:12.345+08:00")), "UTC");
    }

    @Test
    void aBlankOrOverlongTitleAndAPathInAFileNameAreRefused() {
        String title = between(GOOD, "<title>", "</title>");
        assertContains(refused(GOOD.replace(title, "   ")), "不能为空白");
        assertContains(refused(GOOD.replace(title, "长".repeat(501))), "最多500个字符");
        assertContains(refused(GOOD.replace("<name>正文.pdf</name>", "<name>../正文.pdf</name>")), "文件名");
        // an ideographic space passes the schema's pattern, the record's rule still refuses it, at the element
        String ideographic = refused(GOOD.replace(title, "\u3000"));
        assertContains(ideographic, "package/title（标题）");
        assertContains(ideographic, "标题不能为空");
    }

    @Test
    void duplicateFileNamesAreRefused() {
        String file = GOOD.substring(GOOD.indexOf("    <file>"), GOOD.indexOf("  </files>"));
        assertContains(refused(GOOD.replace(file, file + file)), "文件名“正文.pdf”重复");
    }

    @Test
    void bytesThatAreNotXmlAreRefused() {
        assertContains(refused("这不是 XML"), "不是格式正确的 XML");
        assertContains(refused(GOOD.substring(0, GOOD.length() / 2)), "不是格式正确的 XML");
        assertThrows(ExchangeFormatException.class, () -> ExchangeXml.readManifest(new byte[0]));
        byte[] latin1 = GOOD.replace("UTF-8", "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(ExchangeFormatException.class, () -> ExchangeXml.readManifest(latin1));
    }

    @Test
    void recordsRefuseWhatTheSchemaRefuses() {
        assertContains(assertThrows(ExchangeFormatException.class, () -> new Party("123", "某单位")).getMessage(), "18位");
        assertContains(assertThrows(ExchangeFormatException.class, () -> aManifest().ofKind("便函").build()).getMessage(), "未知文种");
        assertContains(assertThrows(ExchangeFormatException.class,
                () -> aManifest().titled("标题\u0007").build()).getMessage(), "控制字符");
        assertContains(assertThrows(ExchangeFormatException.class,
                () -> aManifest().sentAt(Instant.parse("+10000-01-01T00:00:00Z")).build()).getMessage(), "9999");
        assertContains(assertThrows(ExchangeFormatException.class,
                () -> aManifest().withFile("a.pdf", FileRole.BODY, "application/pdf; charset=x", new byte[1]).build())
                .getMessage(), "媒体类型");
    }

    private static String refused(String xml) {
        ExchangeFormatException e = assertThrows(ExchangeFormatException.class,
                () -> ExchangeXml.readManifest(xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("交换格式错误"), e.getMessage());
        return e.getMessage();
    }

    private static String between(String s, String start, String end) {
        int i = s.indexOf(start) + start.length();
        return s.substring(i, s.indexOf(end, i));
    }

    private static void assertContains(String message, String part) {
        assertTrue(message.contains(part), () -> "expected “" + part + "” in: " + message);
    }
}
