package cn.xietong.exchange.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.format.ExchangeVerifier;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.ManifestFile;
import cn.xietong.exchange.format.PackageManifest;
import cn.xietong.exchange.format.Receipt;
import cn.xietong.exchange.format.ReceiptOutcome;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.Verification;
import cn.xietong.exchange.model.IncomingPackage;
import cn.xietong.exchange.model.IncomingState;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.crypto.Sm2Signature;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The unit inbox (收文箱) for its clerks (文书/收发员) and administrators: packages waiting (待签收),
 * accepted (签收) or returned (退回, with a reason). Each outcome goes back to the sender as a signed
 * receipt through the outbox, in the same transaction.
 */
@Stateless
public class InboxService {

    /** A page of the inbox. */
    public record InboxPage(List<IncomingPackage> items, long total, int page, int size) {
    }

    /**
     * One package in the inbox, with its manifest and the checks run on it. {@code receiptsByMedia}: it came
     * on media from a sender no route names, so its receipts go back only as a file the clerk exports.
     */
    public record InboxDetail(IncomingPackage item, PackageManifest manifest, Verification verification,
                              boolean receiptsByMedia) {
    }

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private ExchangeTrust trust;

    @Inject
    private BlobStore blobs;

    @Inject
    private CertificateChainStore chains;

    @Inject
    private UnitExchangeKeys unitKeys;

    @Inject
    private ExchangeRouting routing;

    @Inject
    private OutboxWriter outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<InboxChanged> inboxChanged;

    public InboxPage list(Caller caller, String state, int page, int size) {
        requireInboxRole(caller);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("exchange.inbox.page", "分页参数不正确：page 从 0 开始，size 为 1 到 " + MAX_PAGE_SIZE + "。");
        }
        IncomingState wanted = state(state);
        String where = " from IncomingPackage i where i.unitId = :u" + (wanted == null ? "" : " and i.state = :s");
        var count = em.createQuery("select count(i)" + where, Long.class).setParameter("u", caller.unitId());
        var items = em.createQuery("select i" + where + " order by i.receivedAt desc, i.id", IncomingPackage.class)
                .setParameter("u", caller.unitId());
        if (wanted != null) {
            count.setParameter("s", wanted);
            items.setParameter("s", wanted);
        }
        return new InboxPage(items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    public long waiting(Caller caller) {
        requireInboxRole(caller);
        return waitingOf(caller.unitId());
    }

    public InboxDetail detail(Caller caller, UUID id) {
        IncomingPackage in = find(caller, id, false);
        SignedDocument signed = new SignedDocument(in.getManifest(), Sm2Signature.fromDer(in.getSignature()),
                chains.chain(in.getChainSm3(), in.getCertificateChain()));
        PackageManifest m = ExchangeXml.readManifest(in.getManifest());
        Verification v = ExchangeVerifier.verifyPackage(signed,
                blobs.source(m.files().stream().map(ManifestFile::sm3).toList()), trust, in.getReceivedAt());
        return new InboxDetail(in, m, v, ThisPlatform.MEDIA.equals(receiptPlatform(in)));
    }

    /** A file of a package in the caller's inbox, by its SM3 as the manifest lists it. */
    public ManifestFileContent file(Caller caller, UUID id, String sm3) {
        IncomingPackage in = find(caller, id, false);
        PackageManifest m = ExchangeXml.readManifest(in.getManifest());
        ManifestFile f = m.files().stream().filter(x -> x.sm3().toString().equalsIgnoreCase(sm3)).findFirst()
                .orElseThrow(() -> DomainException.notFound("exchange.file.not-found", "该交换包中没有这个文件。"));
        byte[] bytes = blobs.bytes(f.sm3()).orElseThrow(() -> DomainException.notFound("exchange.file.missing",
                "文件内容不在本平台（" + f.name() + "）。"));
        return new ManifestFileContent(f.name(), f.mediaType(), bytes);
    }

    /** A file's name, type and bytes. */
    public record ManifestFileContent(String name, String mediaType, byte[] bytes) {
    }

    public IncomingPackage accept(Caller caller, UUID id) {
        IncomingPackage in = find(caller, id, true);
        requireClerk(caller);
        requireWaiting(in, "签收");
        Instant now = Instant.now();
        in.accept(caller.name(), now);
        reply(in, ReceiptOutcome.ACCEPTED, null, caller.name(), now);
        audit.record(AuditEvent.of("exchange.accepted").by(caller.personId(), caller.name(), caller.unitId())
                .on("incoming-package", in.getId()).detail(Texts.cap("签收：" + in.getSenderName() + " 的 "
                        + in.getDocumentNumber() + "《" + in.getTitle() + "》，交换包摘要 " + in.getPackageDigest())));
        inboxChanged.fire(new InboxChanged(in.getUnitId()));
        return in;
    }

    public IncomingPackage giveBack(Caller caller, UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("exchange.return.reason-missing", "退回时必须填写退回理由。");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("exchange.return.reason-too-long", "退回理由不能超过500字。");
        }
        IncomingPackage in = find(caller, id, true);
        requireClerk(caller);
        requireWaiting(in, "退回");
        Instant now = Instant.now();
        in.giveBack(caller.name(), reason.strip(), now);
        reply(in, ReceiptOutcome.RETURNED, reason.strip(), caller.name(), now);
        audit.record(AuditEvent.of("exchange.returned").by(caller.personId(), caller.name(), caller.unitId())
                .on("incoming-package", in.getId()).detail(Texts.cap("退回：" + in.getSenderName() + " 的 "
                        + in.getDocumentNumber() + "《" + in.getTitle() + "》，理由：" + reason.strip())));
        inboxChanged.fire(new InboxChanged(in.getUnitId()));
        return in;
    }

    private void reply(IncomingPackage in, ReceiptOutcome outcome, String reason, String person, Instant now) {
        SignedDocument receipt = ReceiptIssuer.issue(unitKeys.of(in.getUnitId()), in, outcome, reason, person, now);
        outbox.receipts(receiptPlatform(in), List.of(receipt));
    }

    /** Where the package's receipts go: the sender's platform by the routes, else the one it came from. */
    private String receiptPlatform(IncomingPackage in) {
        return routing.resolve(in.getSenderUscc()).map(ExchangeRouting.Destination::platformCode).orElse(in.getFromPlatform());
    }

    private void requireWaiting(IncomingPackage in, String action) {
        if (in.getState() != IncomingState.WAITING) {
            String when = switch (in.getState()) {
                case ACCEPTED -> "已于 " + in.getAcceptedAt() + " 由" + in.getAcceptedBy() + "签收";
                case RETURNED -> "已于 " + in.getReturnedAt() + " 由" + in.getReturnedBy() + "退回";
                case RECALLED -> "已于 " + in.getRecalledAt() + " 被发文单位撤回";
                default -> "状态为" + in.getState().label();
            };
            throw DomainException.conflict("exchange.inbox.not-waiting", "该来文" + when + "，不能再" + action + "。");
        }
    }

    private IncomingPackage find(Caller caller, UUID id, boolean lock) {
        requireInboxRole(caller);
        IncomingPackage in = lock ? em.find(IncomingPackage.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(IncomingPackage.class, id);
        if (in == null || !caller.belongsTo(in.getUnitId())) {
            throw DomainException.notFound("exchange.inbox.not-found", "本单位收文箱中没有这份来文。");
        }
        return in;
    }

    private static void requireInboxRole(Caller caller) {
        if (!caller.has(Role.CLERK) && !caller.has(Role.UNIT_ADMIN)) {
            throw DomainException.forbidden("exchange.inbox.role", "只有本单位的文书/收发员或单位管理员可以查看收文箱。");
        }
    }

    private static void requireClerk(Caller caller) {
        if (!caller.has(Role.CLERK)) {
            throw DomainException.forbidden("exchange.inbox.clerk-only", "只有本单位的文书/收发员可以签收或退回来文。");
        }
    }

    private IncomingState state(String state) {
        if (state == null || state.isBlank() || state.equalsIgnoreCase("ALL")) {
            return null;
        }
        try {
            return IncomingState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("exchange.inbox.state", "未知的收文状态“" + state
                    + "”。可选：WAITING（待签收）、ACCEPTED（已签收）、RETURNED（已退回）、RECALLED（已撤回）、ALL。");
        }
    }

    /** A receipt as issued: signed, with the unit's chain, and what it says. */
    public record IssuedReceipt(SignedDocument signed, ReceiptOutcome outcome, UUID packageId, String senderName) {
    }

    /**
     * The receipt (回执) last issued for a package of the caller's unit: 已送达 while it waits, then
     * 已签收 or 已退回 (介质交换 sends it back as a file).
     */
    public IssuedReceipt lastReceipt(Caller caller, UUID id) {
        IncomingPackage in = find(caller, id, false);
        if (in.getReceiptXml() == null) {
            throw DomainException.conflict("exchange.receipt.none", "这份来文还没有回执。");
        }
        Receipt r = ExchangeXml.readReceipt(in.getReceiptXml());
        SignedDocument signed = new SignedDocument(in.getReceiptXml(), Sm2Signature.fromDer(in.getReceiptSignature()),
                unitKeys.of(in.getUnitId()).chain());
        return new IssuedReceipt(signed, r.outcome(), in.getPackageId(), in.getSenderName());
    }

    /**
     * How many packages wait in the unit's inbox, read in a transaction of its own: for a badge pushed
     * after another transaction committed (from its after-completion observer).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long waitingNow(UUID unitId) {
        return waitingOf(unitId);
    }

    /** How many packages wait for acceptance in the unit's inbox. */
    private long waitingOf(UUID unitId) {
        return em.createQuery("select count(i) from IncomingPackage i where i.unitId = :u and i.state = :s", Long.class)
                .setParameter("u", unitId).setParameter("s", IncomingState.WAITING).getSingleResult();
    }

}
