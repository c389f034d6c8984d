package cn.xietong.exchange.application;

import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.format.ExchangeVerifier;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.Receipt;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.Verification;
import cn.xietong.exchange.model.ExchangePackage;
import cn.xietong.exchange.model.PackageState;
import cn.xietong.exchange.model.ReceivedReceipt;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A signed receipt (回执) reaching the sender: verified (signature, chain, signed by the addressee
 * unit), matched against what was sent (package id, package digest, addressee), kept as evidence,
 * and applied to the package's state. A receipt that does not match is refused and recorded; the
 * same receipt arriving twice is applied once.
 */
@Stateless
public class ReceiptHandling {

    private static final Logger LOG = Logger.getLogger(ReceiptHandling.class.getName());

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private ExchangeTrust trust;

    /** Applies the receipts of one transfer: what they refer to is read in two queries, not two per receipt. */
    public void applyAll(List<SignedDocument> receipts, String fromPlatform, Instant now, InboundReplies replies) {
        List<Receipt> parsed = new ArrayList<>(receipts.size());
        Set<UUID> receiptIds = new HashSet<>();
        Set<UUID> packageIds = new HashSet<>();
        for (SignedDocument signed : receipts) {
            Receipt r = null;
            try {
                r = ExchangeXml.readReceipt(signed.xml());
                receiptIds.add(r.receiptId());
                packageIds.add(r.packageId());
            } catch (RuntimeException malformed) {
                // refused below
            }
            parsed.add(r);
        }
        Set<UUID> seen = receiptIds.isEmpty() ? new HashSet<>() : new HashSet<>(em.createQuery(
                "select r.id from ReceivedReceipt r where r.id in :ids", UUID.class).setParameter("ids", receiptIds).getResultList());
        Map<UUID, ExchangePackage> packages = new HashMap<>();
        if (!packageIds.isEmpty()) {
            for (ExchangePackage p : em.createQuery("select p from ExchangePackage p where p.id in :ids order by p.id", ExchangePackage.class)
                    .setParameter("ids", packageIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
                // locked in id order, as the dispatcher locks them when it marks them sent: no deadlock
                packages.put(p.getId(), p);
            }
        }
        SentCounts counts = new SentCounts();
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = parsed.get(i);
            if (r != null && !seen.add(r.receiptId())) {
                continue;
            }
            apply(receipts.get(i), r, r == null ? null : packages.get(r.packageId()), fromPlatform, now, replies, counts);
        }
        counts.write(em, now);
    }

    private void apply(SignedDocument signed, Receipt r, ExchangePackage p, String fromPlatform, Instant now,
                       InboundReplies replies, SentCounts counts) {
        if (r == null) {
            refuse(null, signed, "回执格式不正确：" + ExchangeVerifier.verifyReceipt(signed, trust, now).reason(), fromPlatform,
                    replies);
            return;
        }
        Verification v = ExchangeVerifier.verifyReceipt(signed, r, trust, now);
        if (!v.valid()) {
            refuse(r, signed, v.reason(), fromPlatform, replies);
            return;
        }
        if (p == null) {
            refuse(r, signed, "本平台没有发出过交换包 " + r.packageId() + "。", fromPlatform, replies);
            return;
        }
        if (!p.getPackageDigest().equals(r.packageDigest().toString())) {
            refuse(r, signed, "回执所指交换包摘要 " + r.packageDigest() + " 与所发交换包的摘要 " + p.getPackageDigest() + " 不符。",
                    fromPlatform, replies);
            return;
        }
        if (!p.getAddresseeUscc().equals(r.addressee().uscc())) {
            refuse(r, signed, "回执签发单位（" + r.addressee().uscc() + "）不是该交换包的收文单位（" + p.getAddresseeUscc() + "）。",
                    fromPlatform, replies);
            return;
        }
        em.persist(new ReceivedReceipt(r.receiptId(), r.packageId(), r.outcome().name(), signed.xml(),
                signed.signature().toDer(), signed.signer().serialNumber().toString(16), now, null));
        PackageState before = p.getState();
        switch (r.outcome()) {
            case DELIVERED -> p.advance(PackageState.DELIVERED, r.at(), null, null);
            case ACCEPTED -> p.advance(PackageState.ACCEPTED, r.at(), r.personName(), null);
            case RETURNED -> p.advance(PackageState.RETURNED, r.at(), r.personName(), r.reason());
            case REJECTED -> p.advance(PackageState.FAILED, r.at(), null, r.reason());
            case RECALLED -> p.advance(PackageState.RECALLED, r.at(), null, null);
            case RECALL_REFUSED -> p.recallRefused(r.reason());
        }
        counts.moved(p.getDocumentId(), before, p.getState());
        switch (r.outcome()) {
            case RETURNED, REJECTED, RECALLED, RECALL_REFUSED -> replies.audits.add(AuditEvent.of("exchange.receipt")
                    .by(null, r.personName(), p.getSenderUnitId()).on("exchange-package", p.getId())
                    .detail(Texts.cap("回执：" + r.addressee().name() + " " + r.outcome().label() + "（" + before.label() + " → "
                            + p.getState().label() + "）" + (r.reason() == null ? "" : "，理由：" + r.reason())
                            + "；公文 " + p.getDocumentNumber() + "《" + p.getTitle() + "》")));
            default -> {
            }
        }
    }

    private void refuse(Receipt r, SignedDocument signed, String why, String fromPlatform, InboundReplies replies) {
        LOG.warning(() -> "Exchange receipt refused: " + why);
        if (r != null) {
            em.persist(new ReceivedReceipt(r.receiptId(), r.packageId(), r.outcome().name(), signed.xml(),
                    signed.signature().toDer(), signed.signer().serialNumber().toString(16), Instant.now(), why));
        }
        replies.audits.add(AuditEvent.of("exchange.receipt-refused").on("exchange-package", r == null ? null : r.packageId())
                .detail(Texts.cap("拒绝回执（来自平台 " + fromPlatform + "）：" + why)));
    }
}
