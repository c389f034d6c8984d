package cn.xietong.exchange.application;

import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.format.ExchangeVerifier;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.Notice;
import cn.xietong.exchange.format.NoticeKind;
import cn.xietong.exchange.format.ReceiptOutcome;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.Verification;
import cn.xietong.exchange.model.IncomingPackage;
import cn.xietong.exchange.model.IncomingState;
import cn.xietong.exchange.model.RejectedPackage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * A recall (撤回) or urge (催办) notice from a package's sender, on the addressee's platform: signed by
 * the sending unit and checked like a package. A recall takes a waiting package out of the inbox and
 * is confirmed by a signed RECALLED receipt; once accepted or returned, the recall is refused with
 * the reason. An urge marks the waiting package and tells the clerks.
 */
@Stateless
public class NoticeHandling {

    private static final Logger LOG = Logger.getLogger(NoticeHandling.class.getName());

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private ExchangeTrust trust;

    @Inject
    private UnitExchangeKeys unitKeys;

    @Inject
    private ExchangeRouting routing;

    public void apply(SignedDocument signed, String fromPlatform, Instant now, InboundReplies replies) {
        Verification v = ExchangeVerifier.verifyNotice(signed, trust, now);
        Notice n = null;
        try {
            n = ExchangeXml.readNotice(signed.xml());
        } catch (RuntimeException malformed) {
            // refused below
        }
        if (!v.valid() || n == null) {
            refuse(n, signed, v.firstFailure().map(f -> f.check().name()).orElse("FORMAT"), v.reason(), fromPlatform, now, replies);
            return;
        }
        IncomingPackage in = em.createQuery("select i from IncomingPackage i where i.senderUscc = :s and i.packageId = :p",
                        IncomingPackage.class).setParameter("s", n.packageSender().uscc()).setParameter("p", n.packageId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (in == null || !in.getPackageDigest().equals(n.packageDigest().toString())) {
            refuse(n, signed, "NOTICE", in == null ? "本平台没有收到该交换包。" : "通知所指交换包的摘要与收到的不符。",
                    fromPlatform, now, replies);
            return;
        }
        String to = routing.platformOf(in.getSenderUscc(), fromPlatform, replies.platforms);
        var signer = unitKeys.of(in.getUnitId());
        if (n.kind() == NoticeKind.RECALL) {
            if (in.getState() == IncomingState.WAITING) {
                in.recall(n.message(), now);
                replies.inboxesChanged.add(in.getUnitId());
                replies.receipt(to, ReceiptIssuer.issue(signer, in, ReceiptOutcome.RECALLED, n.message(), n.personName(), now));
                replies.audits.add(AuditEvent.of("exchange.recalled").by(null, n.personName(), in.getUnitId())
                        .on("incoming-package", in.getId()).detail(Texts.cap("来文被发文单位撤回：" + in.getSenderName() + " 的 "
                                + in.getDocumentNumber() + "《" + in.getTitle() + "》" + (n.message() == null ? "" : "，理由：" + n.message()))));
            } else if (in.getState() == IncomingState.RECALLED) {
                replies.receipt(to, ReceiptIssuer.issue(signer, in, ReceiptOutcome.RECALLED, in.getRecallReason(), null, now));
            } else {
                String why = in.getState() == IncomingState.ACCEPTED
                        ? "收文单位已于 " + in.getAcceptedAt() + " 签收（" + in.getAcceptedBy() + "），不能撤回。"
                        : "收文单位已于 " + in.getReturnedAt() + " 退回该文。";
                replies.receipt(to, ReceiptIssuer.issue(signer, in, ReceiptOutcome.RECALL_REFUSED, why, null, now));
            }
        } else if (in.getState() == IncomingState.WAITING) {
            in.urge(n.message(), now);
            replies.inboxesChanged.add(in.getUnitId());
            replies.audits.add(AuditEvent.of("exchange.urged").by(null, n.personName(), in.getUnitId())
                    .on("incoming-package", in.getId()).detail(Texts.cap("发文单位催办：" + in.getSenderName() + " 的 "
                            + in.getDocumentNumber() + "《" + in.getTitle() + "》" + (n.message() == null ? "" : "，" + n.message()))));
        }
    }

    private void refuse(Notice n, SignedDocument signed, String check, String why, String fromPlatform, Instant now,
                        InboundReplies replies) {
        LOG.warning(() -> "Exchange notice refused: " + why);
        RejectedPackage r = new RejectedPackage(n == null ? null : n.packageId(), n == null ? null : n.packageSender().uscc(),
                n == null ? null : n.packageSender().name(), n == null ? null : n.addressee().uscc(), null, fromPlatform,
                check, (n == null ? "通知" : n.kind().label() + "通知") + "被拒绝：" + why, signed.digest().toString(), now);
        em.persist(r);
        replies.audits.add(AuditEvent.of("exchange.notice-refused").on("rejected-package", r.getId())
                .detail(Texts.cap(r.getReason() + "（来自平台 " + fromPlatform + "）")));
    }
}
