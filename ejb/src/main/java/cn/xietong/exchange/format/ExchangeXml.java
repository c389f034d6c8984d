package cn.xietong.exchange.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.xietong.signing.crypto.Sm3Digest;

/**
 * The XML of the exchange format ({@code urn:xietong:exchange:1}): writes manifests, receipts and notices
 * deterministically (same record, same bytes; UTF-8) and reads them back, validating against the
 * schema {@code xietong-exchange-1.xsd} and refusing DOCTYPE. Reading what was written gives an equal
 * record. Thread-safe.
 */
public final class ExchangeXml {

    private ExchangeXml() {
    }

    public static byte[] write(PackageManifest m) {
        XmlOut x = new XmlOut("package")
                .text("packageId", m.packageId())
                .text("documentNumber", m.documentNumber())
                .text("title", m.title())
                .text("kind", m.kind())
                .text("urgency", m.urgency())
                .party("sender", m.sender())
                .party("addressee", m.addressee())
                .text("role", m.role().name())
                .date("documentDate", m.documentDate())
                .time("sentAt", m.sentAt())
                .open("files");
        for (ManifestFile f : m.files()) {
            x.open("file")
                    .text("name", f.name())
                    .text("role", f.role().name())
                    .text("mediaType", f.mediaType())
                    .text("sm3", f.sm3())
                    .text("size", Long.toString(f.size()))
                    .close("file");
        }
        return x.close("files").bytes();
    }

    public static byte[] write(Receipt r) {
        return new XmlOut("receipt")
                .text("receiptId", r.receiptId())
                .text("packageId", r.packageId())
                .text("packageDigest", r.packageDigest())
                .text("outcome", r.outcome().name())
                .text("reason", r.reason())
                .party("packageSender", r.packageSender())
                .party("addressee", r.addressee())
                .text("personName", r.personName())
                .time("at", r.at())
                .bytes();
    }

    public static byte[] write(Notice n) {
        return new XmlOut("notice")
                .text("noticeId", n.noticeId())
                .text("kind", n.kind().name())
                .text("packageId", n.packageId())
                .text("packageDigest", n.packageDigest())
                .party("packageSender", n.packageSender())
                .party("addressee", n.addressee())
                .text("message", n.message())
                .text("personName", n.personName())
                .time("at", n.at())
                .bytes();
    }

    /** Reads a package manifest (root {@code package}); anything else is refused. */
    public static PackageManifest readManifest(byte[] xml) {
        XmlElement root = root(xml, "package", "交换包清单");
        List<ManifestFile> files = new ArrayList<>();
        for (XmlElement f : root.required("files").children("file")) {
            files.add(build(f, () -> new ManifestFile(line(f, "name", ManifestFile.NAME_MAX, "文件名"),
                    FileRole.valueOf(text(f, "role")),
                    text(f, "mediaType"), sm3(f.required("sm3")), size(f.required("size")))));
        }
        return build(root, () -> new PackageManifest(uuid(root.required("packageId")),
                line(root, "documentNumber", PackageManifest.DOCUMENT_NUMBER_MAX, "发文字号"),
                line(root, "title", PackageManifest.TITLE_MAX, "标题"), text(root, "kind"), optional(root, "urgency"), party(root.required("sender")),
                party(root.required("addressee")), AddresseeRole.valueOf(text(root, "role")),
                date(root.required("documentDate")), time(root.required("sentAt")), files));
    }

    /** Reads a receipt (root {@code receipt}). */
    public static Receipt readReceipt(byte[] xml) {
        XmlElement root = root(xml, "receipt", "回执");
        return build(root, () -> new Receipt(uuid(root.required("receiptId")), uuid(root.required("packageId")),
                sm3(root.required("packageDigest")), ReceiptOutcome.valueOf(text(root, "outcome")),
                optionalText(root, "reason", Receipt.REASON_MAX, "原因"), party(root.required("packageSender")),
                party(root.required("addressee")), optionalLine(root, "personName", Receipt.PERSON_NAME_MAX, "经办人姓名"),
                time(root.required("at"))));
    }

    /** Reads a notice (root {@code notice}). */
    public static Notice readNotice(byte[] xml) {
        XmlElement root = root(xml, "notice", "通知");
        return build(root, () -> new Notice(uuid(root.required("noticeId")), NoticeKind.valueOf(text(root, "kind")),
                uuid(root.required("packageId")), sm3(root.required("packageDigest")),
                party(root.required("packageSender")), party(root.required("addressee")),
                optionalText(root, "message", Notice.MESSAGE_MAX, "说明"),
                optionalLine(root, "personName", Notice.PERSON_NAME_MAX, "经办人姓名"), time(root.required("at"))));
    }

    /** The bytes of {@code xietong-exchange-1.xsd}, the schema every document of the format follows. */
    public static byte[] schema() {
        return ExchangeSchema.bytes();
    }

    private static final String[] ROOT_NAMES = {"package", "交换包清单", "receipt", "回执", "notice", "通知"};

    private static XmlElement root(byte[] xml, String expected, String label) {
        XmlElement root = ExchangeSchema.parse(xml);
        if (!root.name.equals(expected)) {
            String actual = root.name;
            for (int i = 0; i < ROOT_NAMES.length; i += 2) {
                if (ROOT_NAMES[i].equals(root.name)) {
                    actual = ROOT_NAMES[i + 1] + "（" + root.name + "）";
                }
            }
            throw ExchangeXmlErrors.at(root, root.line, root.column,
                    "应为" + label + "（根元素 " + expected + "），实为" + actual + "。");
        }
        return root;
    }

    /** Builds a record; a rule of the record that the schema cannot express is refused at the element. */
    private static <T> T build(XmlElement at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (ExchangeFormatException e) {
            if (e.getMessage().startsWith("交换格式错误（")) {
                throw e;
            }
            throw ExchangeXmlErrors.at(at, e.getMessage(), e);
        }
    }

    private static String text(XmlElement parent, String name) {
        return parent.required(name).text();
    }

    private static String optional(XmlElement parent, String name) {
        XmlElement e = parent.child(name);
        return e == null ? null : e.text();
    }

    /** A one-line text element, checked by the records' rule at the element (the schema cannot say every blank). */
    private static String line(XmlElement parent, String name, int max, String label) {
        XmlElement e = parent.required(name);
        return at(e, () -> Fields.line(e.text(), max, label));
    }

    private static String optionalLine(XmlElement parent, String name, int max, String label) {
        XmlElement e = parent.child(name);
        return e == null ? null : at(e, () -> Fields.optionalLine(e.text(), max, label));
    }

    private static String optionalText(XmlElement parent, String name, int max, String label) {
        XmlElement e = parent.child(name);
        return e == null ? null : at(e, () -> Fields.optionalText(e.text(), max, label));
    }

    private static String at(XmlElement e, java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (ExchangeFormatException x) {
            throw ExchangeXmlErrors.at(e, x.getMessage(), x);
        }
    }

    private static Party party(XmlElement e) {
        XmlElement uscc = e.required("uscc");
        try {
            Party.checkUscc(uscc.text());
        } catch (ExchangeFormatException x) {
            throw ExchangeXmlErrors.at(uscc, x.getMessage(), x);
        }
        return build(e, () -> new Party(uscc.text(), line(e, "name", Party.NAME_MAX, "单位名称")));
    }

    private static UUID uuid(XmlElement e) {
        try {
            return UUID.fromString(e.text());
        } catch (IllegalArgumentException x) {
            throw ExchangeXmlErrors.at(e, "“" + e.text() + "”不是 UUID。", x);
        }
    }

    private static Sm3Digest sm3(XmlElement e) {
        try {
            return Sm3Digest.fromHex(e.text());
        } catch (IllegalArgumentException x) {
            throw ExchangeXmlErrors.at(e, "“" + e.text() + "”不是64位十六进制的SM3摘要。", x);
        }
    }

    private static long size(XmlElement e) {
        try {
            return Long.parseLong(e.text().strip());
        } catch (NumberFormatException x) {
            throw ExchangeXmlErrors.at(e, "“" + e.text() + "”不是字节数。", x);
        }
    }

    private static Instant time(XmlElement e) {
        try {
            return Instant.parse(e.text().strip());
        } catch (DateTimeException x) {
            throw ExchangeXmlErrors.at(e, "“" + e.text().strip() + "”不是有效的 UTC 时间（如 2026-03-01T08:30:00.000Z）。", x);
        }
    }

    private static LocalDate date(XmlElement e) {
        try {
            return LocalDate.parse(e.text().strip());
        } catch (DateTimeException x) {
            throw ExchangeXmlErrors.at(e, "“" + e.text().strip() + "”不是有效的日期（如 2026-03-01）。", x);
        }
    }
}
