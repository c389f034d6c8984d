package cn.xietong.web.exchange;

import cn.xietong.exchange.application.InboxService;
import cn.xietong.exchange.application.SentDocuments;
import cn.xietong.exchange.format.AddresseeRole;
import cn.xietong.exchange.format.CheckResult;
import cn.xietong.exchange.format.ManifestFile;
import cn.xietong.exchange.model.ExchangePackage;
import cn.xietong.exchange.model.ExchangeRoute;
import cn.xietong.exchange.model.IncomingPackage;
import cn.xietong.exchange.model.PackageState;
import cn.xietong.exchange.model.RejectedPackage;
import cn.xietong.exchange.model.TrustedPlatformCa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of the exchange API (docs/exchange.md). */
public final class ExchangeViews {

    private ExchangeViews() {
    }

    public record PartyView(String uscc, String name) {
    }

    public record InboxItem(UUID id, UUID packageId, String documentNumber, String title, String kind, String urgency,
                            PartyView sender, String role, String state, String stateLabel, Instant receivedAt,
                            Instant urgedAt, int urgeCount, String urgeMessage, Instant acceptedAt, String acceptedBy,
                            Instant returnedAt, String returnReason, Instant recalledAt, String recallReason,
                            LocalDate documentDate, String packageDigest) {
        static InboxItem of(IncomingPackage i) {
            return new InboxItem(i.getId(), i.getPackageId(), i.getDocumentNumber(), i.getTitle(), i.getKind(), i.getUrgency(),
                    new PartyView(i.getSenderUscc(), i.getSenderName()), roleLabel(i.getAddresseeRole()), i.getState().name(),
                    i.getState().label(), i.getReceivedAt(), i.getUrgedAt(), i.getUrgeCount(), i.getUrgeMessage(),
                    i.getAcceptedAt(), i.getAcceptedBy(), i.getReturnedAt(), i.getReturnReason(), i.getRecalledAt(),
                    i.getRecallReason(), i.getDocumentDate(), i.getPackageDigest());
        }
    }

    public record InboxPageView(List<InboxItem> items, long total, int page, int size) {
        static InboxPageView of(InboxService.InboxPage p) {
            return new InboxPageView(p.items().stream().map(InboxItem::of).toList(), p.total(), p.page(), p.size());
        }
    }

    public record FileView(String name, String role, String mediaType, long size, String sm3, String href) {
    }

    public record CheckView(String check, String label, boolean passed, String detail) {
        static CheckView of(CheckResult c) {
            return new CheckView(c.check().name(), c.check().label(), c.passed(), c.detail());
        }
    }

    public record VerificationView(boolean valid, String summary, List<CheckView> checks) {
    }

    /** {@code receiptsByMedia}: the package's receipts go back only as a file (介质交换), see docs/exchange.md. */
    public record InboxDetailView(InboxItem item, List<FileView> files, VerificationView verification,
                                  String signer, boolean receiptsByMedia) {
        static InboxDetailView of(InboxService.InboxDetail d) {
            IncomingPackage i = d.item();
            List<FileView> files = d.manifest().files().stream().map((ManifestFile f) -> new FileView(f.name(),
                    f.role().label(), f.mediaType(), f.size(), f.sm3().toString(),
                    "api/exchange/inbox/" + i.getId() + "/files/" + f.sm3())).toList();
            VerificationView v = new VerificationView(d.verification().valid(), d.verification().reason(),
                    d.verification().checks().stream().map(CheckView::of).toList());
            return new InboxDetailView(InboxItem.of(i), files, v, i.getSenderName(), d.receiptsByMedia());
        }
    }

    public record SentItem(UUID packageId, PartyView addressee, String role, String platformCode, String state,
                           String stateLabel, Instant queuedAt, Instant sentAt, Instant deliveredAt, Instant acceptedAt,
                           String acceptedBy, Instant returnedAt, Instant recalledAt, Instant failedAt, String reason,
                           Instant urgedAt, int urgeCount, String packageDigest) {
        static SentItem of(ExchangePackage p) {
            return new SentItem(p.getId(), new PartyView(p.getAddresseeUscc(), p.getAddresseeName()),
                    roleLabel(p.getAddresseeRole()), p.getPlatformCode(), p.getState().name(), p.getState().label(),
                    p.getQueuedAt(), p.getSentAt(), p.getDeliveredAt(), p.getAcceptedAt(), p.getAcceptedBy(),
                    p.getReturnedAt(), p.getRecalledAt(), p.getFailedAt(), p.getReason(), p.getUrgedAt(), p.getUrgeCount(),
                    p.getPackageDigest());
        }
    }

    /**
     * One page of a distributed document's addressees: {@code counts} are the whole document's (total and
     * per state), {@code matching} how many addressees pass the filter the page was asked with.
     */
    public record SentDocumentView(UUID documentId, String documentNumber, String title, Instant distributedAt,
                                   Map<String, Long> counts, long matching, int page, int size, List<SentItem> addressees) {
        static SentDocumentView of(SentDocuments.AddresseePage p) {
            return new SentDocumentView(p.document().getDocumentId(), p.document().getDocumentNumber(),
                    p.document().getTitle(), p.document().getDistributedAt(), countsView(p.counts()), p.matching(), p.page(),
                    p.size(), p.items().stream().map(SentItem::of).toList());
        }
    }

    public record SentSummaryView(UUID documentId, String documentNumber, String title, Instant distributedAt,
                                  Map<String, Long> counts) {
        static SentSummaryView of(SentDocuments.SentSummary s) {
            return new SentSummaryView(s.documentId(), s.documentNumber(), s.title(), s.distributedAt(), countsView(s.counts()));
        }
    }

    /** {@code total} and every state's count under its lower-case name (zeros included). */
    static Map<String, Long> countsView(Map<PackageState, Long> byState) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("total", byState.values().stream().mapToLong(Long::longValue).sum());
        for (PackageState state : PackageState.values()) {
            counts.put(state.name().toLowerCase(java.util.Locale.ROOT), byState.getOrDefault(state, 0L));
        }
        return counts;
    }

    public record RejectionView(UUID id, UUID packageId, PartyView sender, String addresseeUscc, String fromPlatform,
                                String failedCheck, String reason, String packageDigest, Instant receivedAt) {
        static RejectionView of(RejectedPackage r) {
            return new RejectionView(r.getId(), r.getPackageId(), new PartyView(r.getSenderUscc(), r.getSenderName()),
                    r.getAddresseeUscc(), r.getFromPlatform(), r.getFailedCheck(), r.getReason(), r.getPackageDigest(),
                    r.getReceivedAt());
        }
    }

    public record RouteView(String uscc, String unitName, String platformCode, Instant updatedAt) {
        static RouteView of(ExchangeRoute r) {
            return new RouteView(r.getUscc(), r.getUnitName(), r.getPlatformCode(), r.getUpdatedAt());
        }
    }

    public record TrustedCaView(String fingerprint, String platformCode, String subject, Instant addedAt) {
        static TrustedCaView of(TrustedPlatformCa c) {
            return new TrustedCaView(c.getFingerprint(), c.getPlatformCode(), c.getSubject(), c.getAddedAt());
        }
    }

    static String roleLabel(String role) {
        try {
            return AddresseeRole.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }
}
