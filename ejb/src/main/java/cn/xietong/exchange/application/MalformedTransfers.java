package cn.xietong.exchange.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.model.RejectedPackage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/** A message on the exchange queue that is not a transfer at all: refused and recorded, not retried. */
@Stateless
public class MalformedTransfers {

    private static final Logger LOG = Logger.getLogger(MalformedTransfers.class.getName());

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public void record(String fromPlatform, String reason) {
        LOG.warning(() -> "Exchange message refused: " + reason);
        RejectedPackage r = new RejectedPackage(null, null, null, null, null, fromPlatform == null ? "未知" : fromPlatform,
                "FORMAT", reason, null, Instant.now());
        em.persist(r);
        audit.record(AuditEvent.of("exchange.rejected").on("rejected-package", r.getId())
                .detail(Texts.cap("拒收无法解析的交换消息（来自平台 " + r.getFromPlatform() + "）：" + reason)));
    }
}
