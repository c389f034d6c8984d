package cn.xietong.exchange.infrastructure;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Region;
import cn.xietong.organisation.model.Uscc;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2KeyPair;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Makes {@code count} addressee units for exchange benchmarks and crash tests (交换压测单位): each with
 * a valid credit code, its exchange certificate already issued, and automatic acceptance on, so a
 * fan-out measures the exchange, not people clicking. Platform administrators only.
 */
@Stateless
public class BenchmarkExchangeUnits {

    /** The units made: their credit codes, in order. */
    public record Made(int count, List<String> usccs, long elapsedMillis) {
    }

    static final String PREFIX = "11449999X";

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    @Inject
    private PlatformKeys keys;

    public Made make(Caller caller, int count) {
        caller.requirePlatformAdmin();
        if (count < 1 || count > 50_000) {
            throw DomainException.invalid("exchange.bench.count", "压测单位数量应为 1 到 50000。");
        }
        long start = System.nanoTime();
        Region region = em.createQuery("select r from Region r order by r.code", Region.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> DomainException.conflict("exchange.bench.no-region",
                        "平台还没有行政区划，请先建立组织机构。"));
        long existing = ((Number) em.createNativeQuery("select count(*) from org_unit where uscc like ?1")
                .setParameter(1, PREFIX + "%").getSingleResult()).longValue();
        Instant now = Instant.now();
        Instant notBefore = now.minus(PlatformKeys.CLOCK_SKEW);
        record Row(UUID id, String name, String uscc, byte[] wrapped, Sm2Certificate certificate) {
        }
        List<Row> rows = IntStream.range(0, count).parallel().mapToObj(i -> {
            long n = existing + i;
            String uscc = Uscc.withCheckDigit(PREFIX + String.format("%08d", n)).value();
            String name = "压测交换单位" + (n + 1);
            UUID id = UUID.randomUUID();
            Sm2KeyPair key = Sm2KeyPair.generate();
            Sm2Certificate certificate = keys.issuingCa().issue(CertificateProfile.EXCHANGE_SERVICE,
                    CertificateSubject.unit(name, new cn.xietong.signing.ca.Uscc(uscc)), key.publicKey(), notBefore);
            return new Row(id, name, uscc, keys.wrapUnitKey("unit-exchange-" + id, key.privateKey()), certificate);
        }).toList();
        try (Connection c = dataSource.getConnection();
             PreparedStatement unit = c.prepareStatement("insert into org_unit (id, name, short_name, uscc, region_id,"
                     + " parent_id, sort_order, active, created_at) values (?, ?, ?, ?, ?, null, 9000, true, ?)");
             PreparedStatement key = c.prepareStatement("insert into exchange_unit_key (unit_id, uscc, wrapped_key,"
                     + " certificate, not_after) values (?, ?, ?, ?, ?)");
             PreparedStatement setting = c.prepareStatement("insert into exchange_unit_setting (unit_id, auto_accept)"
                     + " values (?, true)")) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            int k = 0;
            for (Row r : rows) {
                unit.setObject(1, r.id());
                unit.setString(2, r.name());
                unit.setString(3, "压测单位");
                unit.setString(4, r.uscc());
                unit.setObject(5, region.getId());
                unit.setObject(6, at);
                unit.addBatch();
                key.setObject(1, r.id());
                key.setString(2, r.uscc());
                key.setBytes(3, r.wrapped());
                key.setBytes(4, r.certificate().der());
                key.setObject(5, r.certificate().notAfter().atOffset(ZoneOffset.UTC));
                key.addBatch();
                setting.setObject(1, r.id());
                setting.addBatch();
                if (++k % 500 == 0) {
                    unit.executeBatch();
                    key.executeBatch();
                    setting.executeBatch();
                }
            }
            unit.executeBatch();
            key.executeBatch();
            setting.executeBatch();
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // thousands of units made a moment ago, and the exchange tables grown by earlier runs: fresh
                // statistics, as autovacuum keeps them on a platform in service (the test machines here run
                // PostgreSQL with autovacuum off), so the queries are planned for the real table sizes
                try (Statement analyze = c.createStatement()) {
                    analyze.execute("analyze org_unit, exchange_unit_key, exchange_unit_setting, exchange_package,"
                            + " exchange_incoming, exchange_receipt, exchange_sent_document");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("benchmark units could not be written: " + e.getMessage(), e);
        }
        List<String> codes = new ArrayList<>(rows.stream().map(Row::uscc).toList());
        return new Made(count, codes, (System.nanoTime() - start) / 1_000_000);
    }
}
