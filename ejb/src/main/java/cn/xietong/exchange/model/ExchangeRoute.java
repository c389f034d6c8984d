package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of the routing table (路由表): the peer platform that hosts a unit not hosted here. */
@Entity
@Table(name = "exchange_route")
public class ExchangeRoute {

    @Id
    private String uscc;
    @Column(name = "unit_name", nullable = false)
    private String unitName;
    @Column(name = "platform_code", nullable = false)
    private String platformCode;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExchangeRoute() {
    }

    public ExchangeRoute(String uscc, String unitName, String platformCode, Instant updatedAt) {
        this.uscc = uscc;
        update(unitName, platformCode, updatedAt);
    }

    public void update(String name, String platform, Instant at) {
        unitName = name;
        platformCode = platform;
        updatedAt = at;
    }

    public String getUscc() { return uscc; }
    public String getUnitName() { return unitName; }
    public String getPlatformCode() { return platformCode; }
    public Instant getUpdatedAt() { return updatedAt; }
}
