package cn.xietong.exchange.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.application.UnitExchangeKeys.UnitSigner;
import cn.xietong.exchange.format.ExchangeSigning;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.Notice;
import cn.xietong.exchange.format.NoticeKind;
import cn.xietong.exchange.format.Party;
import cn.xietong.exchange.model.ExchangePackage;
import cn.xietong.exchange.model.PackageState;
import cn.xietong.exchange.model.SentDocument;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sent-document tracking (发文跟踪) for the sending unit: each distributed document with its
 * addressees' states and times; recall (撤回) of a package not yet accepted and urging (催办) of one
 * that is waiting, both as notices signed by the sending unit.
 */
@Stateless
public class SentDocuments {

    /** A distributed document and how many of its packages are in each state. */
    public record SentSummary(UUID documentId, String documentNumber, String title, Instant distributedAt,
                              Map<PackageState, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private UnitExchangeKeys unitKeys;

    @Inject
    private OutboxWriter outbox;

    @Inject
    private AuditLog audit;

    public List<SentSummary> documents(Caller caller, int page, int size) {
        requireSenderRole(caller);
        if (page < 0 || size < 1 || size > InboxService.MAX_PAGE_SIZE) {
            throw DomainException.invalid("exchange.sent.page", "分页参数不正确：page 从 0 开始，size 为 1 到 "
                    + InboxService.MAX_PAGE_SIZE + "。");
        }
        List<SentDocument> docs = em.createQuery("select d from SentDocument d where d.senderUnitId = :u"
                        + " order by d.distributedAt desc, d.documentId", SentDocument.class)
                .setParameter("u", caller.unitId()).setFirstResult(page * size).setMaxResults(size).getResultList();
        if (docs.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<PackageState, Long>> counts = SentCounts.of(em, docs.stream().map(SentDocument::getDocumentId).toList());
        return docs.stream().map(d -> new SentSummary(d.getDocumentId(), d.getDocumentNumber(), d.getTitle(),
                d.getDistributedAt(), counts.getOrDefault(d.getDocumentId(), Map.of()))).toList();
    }

    /** The packages of one distributed document, in the order they were queued. */
    public List<ExchangePackage> packagesOf(Caller caller, UUID documentId) {
        List<ExchangePackage> packages = em.createQuery("select p from ExchangePackage p where p.documentId = :d"
                + " order by p.queuedAt, p.addresseeRole, p.addresseeName", ExchangePackage.class)
                .setParameter("d", documentId).getResultList();
        if (packages.isEmpty()) {
            throw DomainException.notFound("exchange.sent.not-found", "该公文尚未分发。");
        }
        if (!caller.belongsTo(packages.get(0).getSenderUnitId())) {
            throw DomainException.notFound("exchange.sent.not-found", "该公文尚未分发。");
        }
        return packages;
    }

    public ExchangePackage recall(Caller caller, UUID packageId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("exchange.recall.reason-missing", "撤回时必须填写撤回理由。");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("exchange.recall.reason-too-long", "撤回理由不能超过500字。");
        }
        ExchangePackage p = own(caller, packageId);
        switch (p.getState()) {
            case SENT, DELIVERED -> {
            }
            case QUEUED -> throw DomainException.conflict("exchange.recall.queued", "交换包正在发送，请稍候再撤回。");
            case RECALLING -> throw DomainException.conflict("exchange.recall.pending", "已发出撤回请求，正在等待收文方确认。");
            default -> throw DomainException.conflict("exchange.recall.final", "交换包已" + p.getState().label()
                    + "，不能撤回" + (p.getState() == PackageState.ACCEPTED ? "：收文单位已于 " + p.getAcceptedAt() + " 签收。" : "。"));
        }
        Instant now = Instant.now();
        PackageState before = p.getState();
        p.advance(PackageState.RECALLING, now, caller.name(), reason.strip());
        new SentCounts().moved(p.getDocumentId(), before, p.getState()).write(em, now);
        send(caller, p, NoticeKind.RECALL, reason.strip(), now);
        audit.record(AuditEvent.of("exchange.recall-requested").by(caller.personId(), caller.name(), caller.unitId())
                .on("exchange-package", p.getId()).detail(Texts.cap("撤回发往 " + p.getAddresseeName() + " 的 "
                        + p.getDocumentNumber() + "《" + p.getTitle() + "》，理由：" + reason.strip())));
        return p;
    }

    public ExchangePackage urge(Caller caller, UUID packageId, String message) {
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("exchange.urge.too-long", "催办留言不能超过200字。");
        }
        ExchangePackage p = own(caller, packageId);
        if (p.getState() != PackageState.SENT && p.getState() != PackageState.DELIVERED) {
            throw DomainException.conflict("exchange.urge.not-waiting", "只能催办等待签收的交换包；该交换包" + p.getState().label() + "。");
        }
        Instant now = Instant.now();
        p.urged(now);
        send(caller, p, NoticeKind.URGE, text, now);
        audit.record(AuditEvent.of("exchange.urge-sent").by(caller.personId(), caller.name(), caller.unitId())
                .on("exchange-package", p.getId()).detail(Texts.cap("催办 " + p.getAddresseeName() + " 签收 "
                        + p.getDocumentNumber() + "《" + p.getTitle() + "》" + (text == null ? "" : "：" + text))));
        return p;
    }

    private void send(Caller caller, ExchangePackage p, NoticeKind kind, String message, Instant now) {
        UnitSigner signer = unitKeys.of(p.getSenderUnitId());
        Notice notice = new Notice(UUID.randomUUID(), kind, p.getId(), Sm3Digest.fromHex(p.getPackageDigest()),
                new Party(p.getSenderUscc(), signer.name()), new Party(p.getAddresseeUscc(), p.getAddresseeName()),
                message, caller.name(), now);
        outbox.notices(p.getPlatformCode(), List.of(ExchangeSigning.sign(ExchangeXml.write(notice), signer.signer(),
                signer.chain())));
    }

    private ExchangePackage own(Caller caller, UUID packageId) {
        requireSenderRole(caller);
        ExchangePackage p = em.find(ExchangePackage.class, packageId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !caller.belongsTo(p.getSenderUnitId())) {
            throw DomainException.notFound("exchange.package.not-found", "本单位没有发出过这个交换包。");
        }
        return p;
    }

    private static void requireSenderRole(Caller caller) {
        if (!caller.has(Role.CLERK) && !caller.has(Role.UNIT_ADMIN)) {
            throw DomainException.forbidden("exchange.sent.role", "只有本单位的文书/收发员或单位管理员可以跟踪、撤回或催办发文。");
        }
    }
}
