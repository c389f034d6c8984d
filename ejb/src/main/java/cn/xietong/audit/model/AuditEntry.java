package cn.xietong.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import cn.xietong.signing.crypto.Sm3Digest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One line of the append-only audit log (留痕): who did what to which thing, when, from where.
 * {@link #hash} = SM3(previous entry's hash ‖ this entry's canonical bytes), so the log is a chain
 * and a deleted, inserted or altered entry is detectable.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "unit_id")
    private UUID unitId;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    private String detail;

    private String client;

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant at, AuditEvent event, String prevHash) {
        this.seq = seq;
        // Databases keep microseconds: hash exactly what will be read back.
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.actorId = event.actorId();
        this.actorName = clip(event.actorName(), 100);
        this.unitId = event.unitId();
        this.action = event.action();
        this.subjectType = event.subjectType();
        this.subjectId = clip(event.subjectId(), 100);
        this.detail = clip(event.detail(), 2000);
        this.client = clip(event.client(), 200);
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** Chains a new entry after the entry whose sequence number and hash are given. */
    public static AuditEntry after(long previousSeq, String previousHash, Instant at, AuditEvent event) {
        return new AuditEntry(previousSeq + 1, at, event, previousHash);
    }

    /** Recomputes this entry's hash from its stored fields. */
    public String computeHash() {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        for (String field : new String[]{prevHash, Long.toString(seq), at.toString(),
                actorId == null ? null : actorId.toString(), actorName, unitId == null ? null : unitId.toString(),
                action, subjectType, subjectId, detail, client}) {
            append(canonical, field);
        }
        return Sm3Digest.of(canonical.toByteArray()).toString();
    }

    /** Each field as its length and its UTF-8 bytes (null as length -1), so no two entries hash the same input. */
    private static void append(ByteArrayOutputStream out, String field) {
        byte[] bytes = field == null ? null : field.getBytes(StandardCharsets.UTF_8);
        int n = bytes == null ? -1 : bytes.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        if (bytes != null) {
            out.writeBytes(bytes);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public long seq() { return seq; }
    public Instant at() { return at; }
    public UUID actorId() { return actorId; }
    public String actorName() { return actorName; }
    public UUID unitId() { return unitId; }
    public String action() { return action; }
    public String subjectType() { return subjectType; }
    public String subjectId() { return subjectId; }
    public String detail() { return detail; }
    public String client() { return client; }
    public String prevHash() { return prevHash; }
    public String hash() { return hash; }
}
