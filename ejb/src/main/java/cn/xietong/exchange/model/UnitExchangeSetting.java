package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A unit's exchange settings: whether verified packages are accepted automatically (自动签收). */
@Entity
@Table(name = "exchange_unit_setting")
public class UnitExchangeSetting {

    @Id
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "auto_accept", nullable = false)
    private boolean autoAccept;

    protected UnitExchangeSetting() {
    }

    public UnitExchangeSetting(UUID unitId, boolean autoAccept) {
        this.unitId = unitId;
        this.autoAccept = autoAccept;
    }

    public void setAutoAccept(boolean value) {
        autoAccept = value;
    }

    public UUID getUnitId() { return unitId; }
    public boolean isAutoAccept() { return autoAccept; }
}
