package cn.xietong.exchange.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.application.UnitExchangeKeys.UnitSigner;
import cn.xietong.exchange.format.CheckResult;
import cn.xietong.exchange.format.ExchangeVerifier;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.FileSource;
import cn.xietong.exchange.format.ManifestFile;
import cn.xietong.exchange.format.PackageManifest;
import cn.xietong.exchange.format.Party;
import cn.xietong.exchange.format.ReceiptOutcome;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.Transfer;
import cn.xietong.exchange.format.TransferFile;
import cn.xietong.exchange.format.Verification;
import cn.xietong.exchange.model.IncomingPackage;
import cn.xietong.exchange.model.RejectedPackage;
import cn.xietong.organisation.model.Unit;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What the receiving platform does with one transfer, in one transaction: verifies every package
 * (signature, certificate chain, sender, every file's SM3) before it enters an inbox; refuses and
 * records the ones that fail, with a signed rejection receipt back; never makes a second inbox entry
 * for a package it has (it sends the receipt it already gave instead); applies receipts to the
 * packages this platform sent; and applies recall and urge notices.
 */
@Stateless
public class InboundExchange {

    private static final Logger LOG = Logger.getLogger(InboundExchange.class.getName());
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    static final String AUTO_ACCEPTED_BY = "自动签收";

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private ExchangeTrust trust;

    @Inject
    private ExchangeRouting routing;

    @Inject
    private UnitExchangeKeys unitKeys;

    @Inject
    private BlobStore blobs;

    @Inject
    private CertificateChainStore chains;

    @Inject
    private OutboxWriter outbox;

    @Inject
    private ReceiptHandling receipts;

    @Inject
    private NoticeHandling notices;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<InboxChanged> inboxChanged;

    public void process(Transfer transfer, String fromPlatform) {
        long started = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Instant now = Instant.now();
        InboundReplies replies = new InboundReplies();
        if (!transfer.packages().isEmpty()) {
            packages(transfer, fromPlatform, now, replies);
        }
        if (!transfer.receipts().isEmpty()) {
            receipts.applyAll(transfer.receipts(), fromPlatform, now, replies);
        }
        for (SignedDocument n : transfer.notices()) {
            notices.apply(n, fromPlatform, now, replies);
        }
        replies.receipts.forEach(outbox::receipts);
        for (AuditEvent e : replies.audits) {
            audit.record(e);
        }
        for (UUID unit : replies.inboxesChanged) {
            inboxChanged.fire(new InboxChanged(unit));
        }
        LOG.info(() -> String.format("Exchange transfer %s from %s: %d packages, %d receipts, %d notices handled in %d ms"
                        + " (%d ms CPU before commit)", transfer.transferId(), fromPlatform, transfer.packages().size(),
                transfer.receipts().size(), transfer.notices().size(), (System.nanoTime() - started) / 1_000_000,
                (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000));
    }

    private void packages(Transfer transfer, String fromPlatform, Instant now, InboundReplies replies) {
        List<SignedDocument> packages = transfer.packages();
        FileSource inTransfer = transfer.fileSource();
        Map<Sm3Digest, OptionalLong> stored = new HashMap<>();
        // A transfer that carries files (from another platform, or imported from media) must carry every
        // file its packages name, intact; only a transfer within this platform, which carries none, finds
        // them in this platform's own store.
        FileSource files = !transfer.files().isEmpty() ? inTransfer : sm3 -> stored.computeIfAbsent(sm3, d -> {
            Long s = blobs.sizes(List.of(d)).get(d);
            return s == null ? OptionalLong.empty() : OptionalLong.of(s);
        });
        Map<Sm3Digest, byte[]> transferBytes = new HashMap<>();
        for (TransferFile f : transfer.files()) {
            transferBytes.put(f.sm3(), f.bytes());
        }

        List<PackageManifest> manifests = new ArrayList<>(packages.size());
        Set<String> addressees = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (SignedDocument p : packages) {
            PackageManifest m = null;
            try {
                m = ExchangeXml.readManifest(p.xml());
                addressees.add(m.addressee().uscc());
                ids.add(m.packageId());
            } catch (RuntimeException malformed) {
                // refused below with the format check's reason
            }
            manifests.add(m);
        }
        Map<String, Unit> units = new HashMap<>();
        if (!addressees.isEmpty()) {
            for (Unit u : em.createQuery("select u from Unit u where u.uscc in :c", Unit.class)
                    .setParameter("c", addressees.stream().map(cn.xietong.organisation.model.Uscc::of).toList())
                    .getResultList()) {
                units.put(u.getUscc().value(), u);
            }
        }
        Map<UUID, IncomingPackage> existing = new HashMap<>();
        if (!ids.isEmpty()) {
            for (IncomingPackage in : em.createQuery("select i from IncomingPackage i where i.packageId in :ids",
                    IncomingPackage.class).setParameter("ids", ids).getResultList()) {
                existing.put(in.getPackageId(), in);
            }
        }
        Set<UUID> autoAccepting = autoAccepting(units.values());
        unitKeys.preload(units.values());

        int accepted = 0;
        int waiting = 0;
        Map<List<cn.xietong.signing.ca.Sm2Certificate>, String> keptChains = new HashMap<>();
        for (int i = 0; i < packages.size(); i++) {
            SignedDocument p = packages.get(i);
            PackageManifest m = manifests.get(i);
            Verification v = ExchangeVerifier.verifyPackage(p, m, files, trust, now);
            Unit unit = m == null ? null : units.get(m.addressee().uscc());
            IncomingPackage earlier = m == null ? null : existing.get(m.packageId());
            boolean known = earlier != null && earlier.getSenderUscc().equals(m.sender().uscc());
            if (!v.valid()) {
                CheckResult failed = v.firstFailure().orElseThrow();
                reject(p, m, unit, !known, fromPlatform, failed.check().name(), v.reason(), now, replies);
                continue;
            }
            if (unit == null) {
                reject(p, m, null, false, fromPlatform, "ADDRESSEE", "收文单位：" + m.addressee().name() + "（"
                        + m.addressee().uscc() + "）不在本平台。", now, replies);
                continue;
            }
            if (earlier != null && !known) {
                reject(p, m, unit, true, fromPlatform, "REPLAY", "交换包编号 " + m.packageId() + " 已被另一单位（"
                        + earlier.getSenderName() + "）的交换包使用，本包疑似伪造或重放，拒收。", now, replies);
                continue;
            }
            if (earlier != null) {
                duplicate(p, m, earlier, fromPlatform, now, replies);
                continue;
            }
            for (ManifestFile f : m.files()) {
                byte[] bytes = transferBytes.get(f.sm3());
                if (bytes != null) {
                    blobs.putComputed(f.sm3(), bytes);
                }
            }
            IncomingPackage in = new IncomingPackage(UUID.randomUUID(), m.packageId(), m.sender().uscc(), m.sender().name(),
                    fromPlatform, unit.getId(), m.role().name(), m.documentNumber(), m.title(), m.kind(), m.urgency(),
                    m.documentDate(), p.xml(), p.signature().toDer(), keptChains.computeIfAbsent(p.chain(), chains::keep),
                    p.digest().toString(), now);
            existing.put(m.packageId(), in);
            UnitSigner signer = unitKeys.of(unit);
            SignedDocument receipt;
            if (autoAccepting.contains(unit.getId())) {
                in.accept(AUTO_ACCEPTED_BY, now);
                receipt = ReceiptIssuer.issue(signer, in, ReceiptOutcome.ACCEPTED, null, AUTO_ACCEPTED_BY, now);
                accepted++;
            } else {
                receipt = ReceiptIssuer.issue(signer, in, ReceiptOutcome.DELIVERED, null, null, now);
                replies.inboxesChanged.add(unit.getId());
                waiting++;
            }
            // persisted complete, after acceptance and receipt: one INSERT, no UPDATE of the row just inserted
            em.persist(in);
            replies.receipt(platformOf(m.sender().uscc(), fromPlatform, replies), receipt);
        }
        if (accepted + waiting > 0) {
            replies.audits.add(AuditEvent.of("exchange.received").on("transfer", transfer.transferId())
                    .detail("收到交换包 " + (accepted + waiting) + " 个（来自平台 " + fromPlatform + "），验证通过；待签收 "
                            + waiting + "，自动签收 " + accepted));
        }
    }

    private void duplicate(SignedDocument p, PackageManifest m, IncomingPackage earlier, String fromPlatform, Instant now,
                           InboundReplies replies) {
        if (!earlier.getPackageDigest().equals(p.digest().toString())) {
            reject(p, m, null, false, fromPlatform, "REPLAY", "交换包编号 " + m.packageId() + " 已于 " + earlier.getReceivedAt()
                    + " 收到过，本次内容与之不同（疑似重放或伪造），拒收。", now, replies);
            return;
        }
        if (earlier.getReceiptXml() != null) {
            UnitSigner signer = unitKeys.of(earlier.getUnitId());
            replies.receipt(platformOf(m.sender().uscc(), fromPlatform, replies), new SignedDocument(earlier.getReceiptXml(),
                    Sm2Signature.fromDer(earlier.getReceiptSignature()), signer.chain()));
        }
        replies.audits.add(AuditEvent.of("exchange.duplicate-ignored").by(null, null, earlier.getUnitId())
                .on("incoming-package", earlier.getId())
                .detail(Texts.cap("重复到达的交换包（重投、重试或重放）未再次入箱：" + m.sender().name() + " 的 " + m.documentNumber()
                        + "《" + m.title() + "》，交换包编号 " + m.packageId() + "，来自平台 " + fromPlatform + "；已重发回执")));
    }

    /**
     * Records the refusal; with {@code reply}, a signed REJECTED receipt goes back — not when the
     * package id is already in an inbox (a bad copy must not undo the good delivery at the sender).
     */
    private void reject(SignedDocument p, PackageManifest m, Unit unit, boolean reply, String fromPlatform, String check,
                        String reason, Instant now, InboundReplies replies) {
        RejectedPackage rejected = new RejectedPackage(m == null ? null : m.packageId(),
                m == null ? null : m.sender().uscc(), m == null ? null : m.sender().name(),
                m == null ? null : m.addressee().uscc(), unit == null ? null : unit.getId(), fromPlatform, check, reason,
                p.digest().toString(), now);
        em.persist(rejected);
        LOG.warning(() -> "Exchange package refused (" + check + "): " + reason);
        replies.audits.add(AuditEvent.of("exchange.rejected").by(null, null, unit == null ? null : unit.getId())
                .on("rejected-package", rejected.getId()).detail(Texts.cap("拒收交换包" + (m == null ? "" : "：" + m.sender().name()
                        + " 的 " + m.documentNumber() + "《" + m.title() + "》，交换包编号 " + m.packageId())
                        + "，来自平台 " + fromPlatform + "。原因：" + reason)));
        if (reply && m != null && unit != null) {
            UnitSigner signer = unitKeys.of(unit);
            replies.receipt(platformOf(m.sender().uscc(), fromPlatform, replies), ReceiptIssuer.issue(signer, m.packageId(),
                    p.digest(), new Party(m.sender().uscc(), m.sender().name()), ReceiptOutcome.REJECTED, reason, null, now));
        }
    }

    /** The platform hosting a unit: here, a routed peer, or else the platform the message came from. */
    private String platformOf(String uscc, String fallback, InboundReplies replies) {
        return routing.platformOf(uscc, fallback, replies.platforms);
    }

    private Set<UUID> autoAccepting(java.util.Collection<Unit> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select s.unitId from UnitExchangeSetting s where s.autoAccept = true"
                        + " and s.unitId in :u", UUID.class)
                .setParameter("u", units.stream().map(Unit::getId).toList()).getResultList());
    }

}
