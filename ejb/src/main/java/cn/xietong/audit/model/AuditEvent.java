package cn.xietong.audit.model;

import java.util.UUID;

/**
 * What happened, as a caller reports it to the audit log. {@code action} is a stable dotted name
 * such as {@code identity.sign-in} or {@code organisation.person.created}.
 */
public record AuditEvent(UUID actorId, String actorName, UUID unitId, String action,
                         String subjectType, String subjectId, String detail, String client) {

    public static AuditEvent of(String action) {
        return new AuditEvent(null, null, null, action, null, null, null, null);
    }

    public AuditEvent by(UUID actor, String name, UUID unit) {
        return new AuditEvent(actor, name, unit, action, subjectType, subjectId, detail, client);
    }

    public AuditEvent on(String type, Object id) {
        return new AuditEvent(actorId, actorName, unitId, action, type, id == null ? null : id.toString(), detail, client);
    }

    public AuditEvent detail(String text) {
        return new AuditEvent(actorId, actorName, unitId, action, subjectType, subjectId, text, client);
    }

    public AuditEvent from(String clientAddress) {
        return new AuditEvent(actorId, actorName, unitId, action, subjectType, subjectId, detail, clientAddress);
    }
}
