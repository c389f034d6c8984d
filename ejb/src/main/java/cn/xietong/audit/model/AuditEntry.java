package cn.xietong.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bouncycastle.crypto.digests.SM3Digest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
        SM3Digest sm3 = new SM3Digest();
        update(sm3, prevHash);
        update(sm3, Long.toString(seq));
        update(sm3, at.toString());
        update(sm3, actorId == null ? null : actorId.toString());
        update(sm3, actorName);
        update(sm3, unitId == null ? null : unitId.toString());
        update(sm3, action);
        update(sm3, subjectType);
        update(sm3, subjectId);
        update(sm3, detail);
        update(sm3, client);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** Each field as its length and its UTF-8 bytes, so no two different entries hash the same input. */
    private static void update(SM3Digest sm3, String field) {
        if (field == null) {
            sm3.update(new byte[]{-1, -1, -1, -1}, 0, 4);
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        sm3.update(new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n}, 0, 4);
        sm3.update(bytes, 0, n);
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
