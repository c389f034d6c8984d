package cn.xietong.web.audit;

import cn.xietong.audit.model.AuditEntry;

import java.time.Instant;
import java.util.UUID;

/** One audit entry as administrators read it, with its place in the SM3 chain. */
public record AuditEntryView(long seq, Instant at, UUID actorId, String actorName, UUID unitId, String action,
                             String subjectType, String subjectId, String detail, String client, String hash) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.seq(), e.at(), e.actorId(), e.actorName(), e.unitId(), e.action(),
                e.subjectType(), e.subjectId(), e.detail(), e.client(), e.hash());
    }
}
