package cn.xietong.workflow.model;

import cn.xietong.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * 委托: while the principal is away (from {@code startsAt} until {@code endsAt}), the delegate sees
 * and acts on the principal's tasks; the record shows both names. Revoking ends it early.
 */
@Entity
@Table(name = "wf_delegation")
public class Delegation {

    public static final Duration MAX_LENGTH = Duration.ofDays(180);

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;

    @Column(name = "principal_id", nullable = false, updatable = false)
    private UUID principalId;

    @Column(name = "principal_name", nullable = false, updatable = false, length = 50)
    private String principalName;

    @Column(name = "delegate_id", nullable = false, updatable = false)
    private UUID delegateId;

    @Column(name = "delegate_name", nullable = false, updatable = false, length = 50)
    private String delegateName;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Delegation() {
    }

    public Delegation(UUID unitId, UUID principalId, String principalName, UUID delegateId, String delegateName,
                      Instant startsAt, Instant endsAt, Instant now) {
        if (principalId.equals(delegateId)) {
            throw DomainException.invalid("workflow.delegation.self", "不能委托给自己，请选择一位同事。");
        }
        if (startsAt == null || endsAt == null) {
            throw DomainException.invalid("workflow.delegation.period-missing", "请填写委托的开始时间（from）和结束时间（until）。");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("workflow.delegation.period-reversed", "委托的结束时间须晚于开始时间。");
        }
        if (!endsAt.isAfter(now)) {
            throw DomainException.invalid("workflow.delegation.period-past", "委托的结束时间已过，请填写将来的时间。");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw DomainException.invalid("workflow.delegation.too-long", "一次委托最长 180 天，请缩短委托期限。");
        }
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.principalId = principalId;
        this.principalName = principalName;
        this.delegateId = delegateId;
        this.delegateName = delegateName;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdAt = now;
    }

    public boolean isActiveAt(Instant t) {
        return revokedAt == null && !t.isBefore(startsAt) && t.isBefore(endsAt);
    }

    public boolean overlaps(Instant from, Instant until) {
        return revokedAt == null && from.isBefore(endsAt) && startsAt.isBefore(until);
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw DomainException.conflict("workflow.delegation.already-revoked", "该委托已撤销。");
        }
        revokedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getPrincipalId() {
        return principalId;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public UUID getDelegateId() {
        return delegateId;
    }

    public String getDelegateName() {
        return delegateName;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
