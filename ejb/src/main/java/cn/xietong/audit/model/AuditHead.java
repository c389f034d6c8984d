package cn.xietong.audit.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of the audit chain (a single row); locked while an entry is appended. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    @Id
    private int id;
    private long seq;
    private String hash;

    protected AuditHead() {
    }

    public long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    public void advanceTo(AuditEntry entry) {
        this.seq = entry.seq();
        this.hash = entry.hash();
    }
}
