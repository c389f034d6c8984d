package cn.xietong.document.model;

import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.workflow.model.DocumentKind;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a drafter writes, as one immutable value: the kind and direction, the GB/T 9704-2012 elements
 * the draft holds (the document number, seal and signature belong to later steps) and the flags the
 * platform requires before submission. Each revision stores one of these as JSON; its SM3 digest
 * identifies the revision's content in the audit log.
 *
 * <p>Values here are already checked ({@link DraftRules}); nullable fields are "not filled in yet".
 */
public record DraftContent(
        DocumentKind kind,
        Direction direction,
        String copyNumber,              // 份号, 6 digits
        Classification classification,  // 密级: only 非涉密
        Urgency urgency,                // 紧急程度
        String issuingOrganMark,        // 发文机关标志
        String signer,                  // 签发人 (upward documents)
        String title,                   // 标题
        List<UnitRef> mainAddressees,   // 主送机关
        String body,                    // 正文, safe HTML subset
        String attachmentNotes,         // 附件说明
        String signatureOrgan,          // 署名 (发文机关署名)
        LocalDate writtenDate,          // 成文日期
        String notes,                   // 附注
        List<UnitRef> copiedAddressees, // 抄送机关
        String printingOrgan,           // 印发机关
        LocalDate printingDate,         // 印发日期
        Disclosure disclosure,          // 公开属性
        String nonDisclosureReason,     // 不公开（依申请公开/不予公开）理由
        Boolean policyDocument,         // 政策性文件
        boolean normative) {            // 规范性文件

    /**
     * Looked up once: {@code Json.createObjectBuilder()} looks the provider up through the
     * ServiceLoader on every call, which cost more than the JSON itself.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    public DraftContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(urgency, "urgency");
        mainAddressees = List.copyOf(mainAddressees == null ? List.of() : mainAddressees);
        copiedAddressees = List.copyOf(copiedAddressees == null ? List.of() : copiedAddressees);
        body = body == null ? "" : body;
    }

    /** The content as JSON with a fixed order of members, so equal contents give equal bytes. */
    public String toJson() {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        b.add("kind", kind.name());
        put(b, "direction", direction == null ? null : direction.name());
        put(b, "copyNumber", copyNumber);
        b.add("classification", classification.name());
        b.add("urgency", urgency.name());
        put(b, "issuingOrganMark", issuingOrganMark);
        put(b, "signer", signer);
        put(b, "title", title);
        b.add("mainAddressees", units(mainAddressees));
        b.add("body", body);
        put(b, "attachmentNotes", attachmentNotes);
        put(b, "signatureOrgan", signatureOrgan);
        put(b, "writtenDate", writtenDate == null ? null : writtenDate.toString());
        put(b, "notes", notes);
        b.add("copiedAddressees", units(copiedAddressees));
        put(b, "printingOrgan", printingOrgan);
        put(b, "printingDate", printingDate == null ? null : printingDate.toString());
        put(b, "disclosure", disclosure == null ? null : disclosure.name());
        put(b, "nonDisclosureReason", nonDisclosureReason);
        if (policyDocument == null) {
            b.addNull("policyDocument");
        } else {
            b.add("policyDocument", policyDocument);
        }
        b.add("normative", normative);
        return b.build().toString();
    }

    /** SM3 of {@link #toJson()} in UTF-8. */
    public Sm3Digest digest() {
        return Sm3Digest.of(toJson().getBytes(StandardCharsets.UTF_8));
    }

    public static DraftContent fromJson(String json) {
        JsonObject o;
        try (var reader = JSON.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        return new DraftContent(
                DocumentKind.valueOf(o.getString("kind")),
                o.isNull("direction") ? null : Direction.valueOf(o.getString("direction")),
                text(o, "copyNumber"),
                Classification.valueOf(o.getString("classification")),
                Urgency.valueOf(o.getString("urgency")),
                text(o, "issuingOrganMark"),
                text(o, "signer"),
                text(o, "title"),
                units(o.getJsonArray("mainAddressees")),
                o.getString("body"),
                text(o, "attachmentNotes"),
                text(o, "signatureOrgan"),
                date(o, "writtenDate"),
                text(o, "notes"),
                units(o.getJsonArray("copiedAddressees")),
                text(o, "printingOrgan"),
                date(o, "printingDate"),
                o.isNull("disclosure") ? null : Disclosure.valueOf(o.getString("disclosure")),
                text(o, "nonDisclosureReason"),
                o.isNull("policyDocument") ? null : o.getBoolean("policyDocument"),
                o.getBoolean("normative"));
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static JsonArrayBuilder units(List<UnitRef> units) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        units.forEach(u -> a.add(JSON.createObjectBuilder().add("id", u.id().toString()).add("name", u.name())));
        return a;
    }

    private static List<UnitRef> units(JsonArray a) {
        return a.stream().map(JsonValue::asJsonObject)
                .map(u -> new UnitRef(UUID.fromString(u.getString("id")), u.getString("name"))).toList();
    }

    private static String text(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name) ? null : o.getString(name);
    }

    private static LocalDate date(JsonObject o, String name) {
        String s = text(o, name);
        return s == null ? null : LocalDate.parse(s);
    }
}
