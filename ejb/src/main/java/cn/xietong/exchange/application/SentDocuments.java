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
import java.util.Set;
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
        requirePage(page, size);
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

    /**
     * One page of a distributed document's addressees (its packages), in the order they were queued
     * (主送 before 抄送, then by name), with the document's counts by state; optionally only some states
     * and only addressees whose name or credit code contains {@code query}. A document with 18,000
     * addressees is looked at a page at a time, and its counts come from {@link SentCounts}.
     */
    public AddresseePage addressees(Caller caller, UUID documentId, Set<PackageState> states, String query, int page,
                                    int size) {
        requireSenderRole(caller);
        requirePage(page, size);
        String text = query == null || query.isBlank() ? null : query.strip();
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw DomainException.invalid("exchange.sent.query-too-long", "查找的单位名称或代码不能超过 " + MAX_QUERY_LENGTH + " 个字。");
        }
        SentDocument document = ownDocument(caller, documentId);
        StringBuilder where = new StringBuilder(" from ExchangePackage p where p.documentId = :d");
        if (states != null && !states.isEmpty()) {
            where.append(" and p.state in :s");
        }
        if (text != null) {
            where.append(" and (lower(p.addresseeName) like :q escape '!' or lower(p.addresseeUscc) like :q escape '!')");
        }
        var count = em.createQuery("select count(p)" + where, Long.class);
        var items = em.createQuery("select p" + where + " order by p.queuedAt, case when p.addresseeRole = 'MAIN' then 0 else 1 end, p.addresseeName, p.id",
                ExchangePackage.class);
        for (var q : List.of(count, items)) {
            q.setParameter("d", documentId);
            if (states != null && !states.isEmpty()) {
                q.setParameter("s", states);
            }
            if (text != null) {
                q.setParameter("q", "%" + likeEscaped(text.toLowerCase(java.util.Locale.ROOT)) + "%");
            }
        }
        long matching = count.getSingleResult();
        List<ExchangePackage> list = matching == 0 ? List.of()
                : items.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<PackageState, Long> counts = SentCounts.of(em, List.of(documentId)).getOrDefault(documentId, Map.of());
        return new AddresseePage(document, counts, matching, page, size, list);
    }

    /** A page of {@link #addressees}: {@code matching} addressees pass the filter, {@code counts} are the document's. */
    public record AddresseePage(SentDocument document, Map<PackageState, Long> counts, long matching, int page, int size,
                                List<ExchangePackage> items) {
    }

    /** The longest name or code fragment {@link #addressees} looks for. */
    static final int MAX_QUERY_LENGTH = 100;

    /** How long after an urge (催办) the same package can be urged again. */
    static final java.time.Duration URGE_INTERVAL = java.time.Duration.ofMinutes(10);

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
        String text = urgeText(message);
        ExchangePackage p = own(caller, packageId);
        if (p.getState() != PackageState.SENT && p.getState() != PackageState.DELIVERED) {
            throw DomainException.conflict("exchange.urge.not-waiting", "只能催办等待签收的交换包；该交换包" + p.getState().label() + "。");
        }
        Instant now = Instant.now();
        if (urgedRecently(p, now)) {
            throw DomainException.conflict("exchange.urge.too-soon", "已于 " + Texts.localTime(p.getUrgedAt())
                    + " 催办过" + p.getAddresseeName() + "，" + URGE_INTERVAL.toMinutes() + " 分钟内不再重复催办。");
        }
        p.urged(now);
        send(caller, p, NoticeKind.URGE, text, now);
        audit.record(AuditEvent.of("exchange.urge-sent").by(caller.personId(), caller.name(), caller.unitId())
                .on("exchange-package", p.getId()).detail(Texts.cap("催办 " + p.getAddresseeName() + " 签收 "
                        + p.getDocumentNumber() + "《" + p.getTitle() + "》" + (text == null ? "" : "：" + text))));
        return p;
    }

    /** What {@link #urgeAllWaiting} did: how many addressees it urged, and how many it left as urged just now. */
    public record UrgedAll(int urged, int urgedRecently) {
    }

    /**
     * Urges (催办) every addressee of the document that has not accepted or returned it yet (已发送, 已送达),
     * one signed notice each, except those urged within {@link #URGE_INTERVAL}: for a document sent to
     * thousands of units, where urging one by one is not an option.
     */
    public UrgedAll urgeAllWaiting(Caller caller, UUID documentId, String message) {
        requireSenderRole(caller);
        String text = urgeText(message);
        SentDocument document = ownDocument(caller, documentId);
        Instant now = Instant.now();
        // locked in id order, as receipts lock them, so a receipt and this wait for each other, never deadlock
        List<ExchangePackage> waiting = em.createQuery("select p from ExchangePackage p where p.documentId = :d"
                        + " and p.state in :s order by p.id", ExchangePackage.class)
                .setParameter("d", documentId).setParameter("s", List.of(PackageState.SENT, PackageState.DELIVERED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (waiting.isEmpty()) {
            throw DomainException.conflict("exchange.urge.none-waiting", "没有等待签收的收文单位，无需催办。");
        }
        UnitSigner signer = unitKeys.of(document.getSenderUnitId());
        Map<String, List<cn.xietong.exchange.format.SignedDocument>> byPlatform = new java.util.LinkedHashMap<>();
        int recently = 0;
        for (ExchangePackage p : waiting) {
            if (urgedRecently(p, now)) {
                recently++;
                continue;
            }
            p.urged(now);
            byPlatform.computeIfAbsent(p.getPlatformCode(), k -> new java.util.ArrayList<>())
                    .add(notice(signer, caller, p, NoticeKind.URGE, text, now));
        }
        int urged = waiting.size() - recently;
        if (urged == 0) {
            throw DomainException.conflict("exchange.urge.too-soon", "等待签收的 " + recently + " 家单位都在 "
                    + URGE_INTERVAL.toMinutes() + " 分钟内催办过，请稍后再催办。");
        }
        byPlatform.forEach(outbox::notices);
        audit.record(AuditEvent.of("exchange.urge-sent").by(caller.personId(), caller.name(), caller.unitId())
                .on("document", documentId).detail(Texts.cap("催办全部未签收单位：" + document.getDocumentNumber() + "《"
                        + document.getTitle() + "》，" + urged + " 家" + (recently == 0 ? "" : "（" + recently + " 家刚催办过，未重复）")
                        + (text == null ? "" : "：" + text))));
        return new UrgedAll(urged, recently);
    }

    private void send(Caller caller, ExchangePackage p, NoticeKind kind, String message, Instant now) {
        UnitSigner signer = unitKeys.of(p.getSenderUnitId());
        outbox.notices(p.getPlatformCode(), List.of(notice(signer, caller, p, kind, message, now)));
    }

    private static cn.xietong.exchange.format.SignedDocument notice(UnitSigner signer, Caller caller, ExchangePackage p,
                                                                    NoticeKind kind, String message, Instant now) {
        Notice notice = new Notice(UUID.randomUUID(), kind, p.getId(), Sm3Digest.fromHex(p.getPackageDigest()),
                new Party(p.getSenderUscc(), signer.name()), new Party(p.getAddresseeUscc(), p.getAddresseeName()),
                message, caller.name(), now);
        return ExchangeSigning.sign(ExchangeXml.write(notice), signer.signer(), signer.chain());
    }

    private ExchangePackage own(Caller caller, UUID packageId) {
        requireSenderRole(caller);
        ExchangePackage p = em.find(ExchangePackage.class, packageId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !caller.belongsTo(p.getSenderUnitId())) {
            throw DomainException.notFound("exchange.package.not-found", "本单位没有发出过这个交换包。");
        }
        return p;
    }

    private SentDocument ownDocument(Caller caller, UUID documentId) {
        SentDocument document = em.find(SentDocument.class, documentId);
        if (document == null || !caller.belongsTo(document.getSenderUnitId())) {
            throw DomainException.notFound("exchange.sent.not-found", "该公文尚未分发。");
        }
        return document;
    }

    /** The urge's optional message, stripped; at most 200 characters. */
    private static String urgeText(String message) {
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("exchange.urge.too-long", "催办留言不能超过200字。");
        }
        return text;
    }

    private static boolean urgedRecently(ExchangePackage p, Instant now) {
        return p.getUrgedAt() != null && p.getUrgedAt().plus(URGE_INTERVAL).isAfter(now);
    }

    private static void requirePage(int page, int size) {
        if (page < 0 || size < 1 || size > InboxService.MAX_PAGE_SIZE) {
            throw DomainException.invalid("exchange.sent.page", "分页参数不正确：page 从 0 开始，size 为 1 到 "
                    + InboxService.MAX_PAGE_SIZE + "。");
        }
    }

    private static void requireSenderRole(Caller caller) {
        if (!caller.has(Role.CLERK) && !caller.has(Role.UNIT_ADMIN)) {
            throw DomainException.forbidden("exchange.sent.role", "只有本单位的文书/收发员或单位管理员可以跟踪、撤回或催办发文。");
        }
    }
}
