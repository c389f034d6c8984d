package cn.xietong.exchange.format;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xietong.signing.crypto.Sm3Digest;

/** Builds test manifests: {@code aManifest().from(CITY_OFFICE).to(FINANCE).withBody("正文.pdf", bytes).build()}. */
final class Manifests {

    private UUID packageId = UUID.randomUUID();
    private String documentNumber = "南府办〔2026〕12号";
    private String title = "南江市人民政府办公室关于做好2026年春季防汛工作的通知";
    private String kind = "通知";
    private String urgency = "加急";
    private Party sender = ExchangePki.CITY_OFFICE;
    private Party addressee = ExchangePki.FINANCE;
    private AddresseeRole role = AddresseeRole.MAIN;
    private LocalDate documentDate = LocalDate.of(2026, 3, 1);
    private Instant sentAt = Instant.parse("2026-03-01T08:30:12.345Z");
    private final Map<String, ManifestFile> files = new LinkedHashMap<>();
    private final List<TransferFile> contents = new ArrayList<>();

    static Manifests aManifest() {
        return new Manifests();
    }

    Manifests from(Party sender) {
        this.sender = sender;
        return this;
    }

    Manifests to(Party addressee) {
        this.addressee = addressee;
        return this;
    }

    Manifests as(AddresseeRole role) {
        this.role = role;
        return this;
    }

    Manifests ofKind(String kind) {
        this.kind = kind;
        return this;
    }

    Manifests withUrgency(String urgency) {
        this.urgency = urgency;
        return this;
    }

    Manifests titled(String title) {
        this.title = title;
        return this;
    }

    Manifests sentAt(Instant sentAt) {
        this.sentAt = sentAt;
        return this;
    }

    Manifests withBody(String name, byte[] bytes) {
        return withFile(name, FileRole.BODY, "application/pdf", bytes);
    }

    Manifests withAttachment(String name, byte[] bytes) {
        return withFile(name, FileRole.ATTACHMENT, "application/pdf", bytes);
    }

    Manifests withFile(String name, FileRole fileRole, String mediaType, byte[] bytes) {
        files.put(name, new ManifestFile(name, fileRole, mediaType, Sm3Digest.of(bytes), bytes.length));
        contents.add(TransferFile.of(bytes));
        return this;
    }

    PackageManifest build() {
        if (files.isEmpty()) {
            withBody("正文.pdf", "%PDF-1.7 正文".getBytes(StandardCharsets.UTF_8));
        }
        return new PackageManifest(packageId, documentNumber, title, kind, urgency, sender, addressee, role,
                documentDate, sentAt, List.copyOf(files.values()));
    }

    /** The files' contents as a transfer carries them (after {@link #build}). */
    List<TransferFile> contents() {
        return List.copyOf(contents);
    }
}
