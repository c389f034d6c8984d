package cn.xietong.exchange.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.model.ExchangeRoute;
import cn.xietong.exchange.model.RejectedPackage;
import cn.xietong.exchange.model.TrustedPlatformCa;
import cn.xietong.exchange.model.UnitExchangeSetting;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Unit;
import cn.xietong.organisation.model.Uscc;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.ca.Sm2Certificate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The exchange's settings: the routing table and the peer platforms' trusted roots (platform
 * administrator), a unit's automatic acceptance (unit administrator), and the refused packages.
 */
@Stateless
public class ExchangeAdministration {

    /** A routing table row as the administrator gives it. */
    public record Route(String uscc, String unitName, String platformCode) {
    }

    private static final Pattern PLATFORM_CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PlatformKeys keys;

    @Inject
    private ExchangeTrust trust;

    @Inject
    private AuditLog audit;

    public List<ExchangeRoute> routes() {
        return em.createQuery("select r from ExchangeRoute r order by r.platformCode, r.unitName", ExchangeRoute.class)
                .getResultList();
    }

    /** Adds or updates routes (by credit code). A unit hosted here cannot be routed elsewhere. */
    public List<ExchangeRoute> putRoutes(Caller caller, List<Route> routes) {
        caller.requirePlatformAdmin();
        if (routes == null || routes.isEmpty()) {
            throw DomainException.invalid("exchange.route.empty", "请至少提供一条路由（uscc、unitName、platformCode）。");
        }
        Instant now = Instant.now();
        int line = 0;
        for (Route r : routes) {
            line++;
            String where = "第 " + line + " 条路由：";
            if (r == null || r.uscc() == null || r.unitName() == null || r.unitName().isBlank() || r.platformCode() == null) {
                throw DomainException.invalid("exchange.route.incomplete", where + "uscc、unitName、platformCode 都必须填写。");
            }
            Uscc code;
            try {
                code = Uscc.of(r.uscc().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (DomainException e) {
                throw DomainException.invalid("exchange.route.uscc", where + e.getMessage());
            }
            String platform = r.platformCode().strip();
            if (!PLATFORM_CODE.matcher(platform).matches()) {
                throw DomainException.invalid("exchange.route.platform", where + "平台代码“" + platform
                        + "”不正确：小写字母开头，由小写字母、数字和连字符组成，最多32位。");
            }
            if (platform.equals(ThisPlatform.code())) {
                throw DomainException.invalid("exchange.route.here", where + "平台代码是本平台（" + platform + "）：本平台的单位无需路由。");
            }
            if (!em.createQuery("select u.id from Unit u where u.uscc = :c", UUID.class).setParameter("c", code)
                    .getResultList().isEmpty()) {
                throw DomainException.conflict("exchange.route.local-unit", where + "统一社会信用代码 " + code.value()
                        + " 属于本平台的单位，不能路由到其他平台。");
            }
            ExchangeRoute existing = em.find(ExchangeRoute.class, code.value());
            String name = r.unitName().strip();
            if (name.length() > 200) {
                throw DomainException.invalid("exchange.route.name", where + "单位名称不能超过200字。");
            }
            if (existing == null) {
                em.persist(new ExchangeRoute(code.value(), name, platform, now));
            } else {
                existing.update(name, platform, now);
            }
        }
        audit.record(AuditEvent.of("exchange.routes-updated").by(caller.personId(), caller.name(), caller.unitId())
                .detail("更新路由表：" + routes.size() + " 条"));
        return routes();
    }

    public void deleteRoute(Caller caller, String uscc) {
        caller.requirePlatformAdmin();
        ExchangeRoute r = em.find(ExchangeRoute.class, uscc);
        if (r == null) {
            throw DomainException.notFound("exchange.route.not-found", "路由表中没有统一社会信用代码 " + uscc + "。");
        }
        em.remove(r);
        audit.record(AuditEvent.of("exchange.route-deleted").by(caller.personId(), caller.name(), caller.unitId())
                .detail("删除路由：" + r.getUnitName() + "（" + uscc + "）→ " + r.getPlatformCode()));
    }

    public List<TrustedPlatformCa> trustedCas() {
        return em.createQuery("select c from TrustedPlatformCa c order by c.addedAt", TrustedPlatformCa.class).getResultList();
    }

    /** Trusts a peer platform's root certificate (PEM) for its units' exchange signatures. */
    public TrustedPlatformCa trust(Caller caller, String platformCode, String pem) {
        caller.requirePlatformAdmin();
        if (platformCode == null || !PLATFORM_CODE.matcher(platformCode.strip()).matches()) {
            throw DomainException.invalid("exchange.trust.platform", "平台代码不正确：小写字母开头，由小写字母、数字和连字符组成。");
        }
        Sm2Certificate certificate;
        try {
            certificate = Sm2Certificate.fromPem(pem == null ? "" : pem);
        } catch (RuntimeException e) {
            throw DomainException.invalid("exchange.trust.certificate", "无法读取根证书：请提供对方平台根证书的 PEM 文本（-----BEGIN CERTIFICATE-----）。");
        }
        if (!certificate.isCa() || !certificate.isSelfIssued()) {
            throw DomainException.invalid("exchange.trust.not-root", "该证书不是根证书（应为自签发的CA证书）：" + certificate.subject());
        }
        if (certificate.equals(keys.rootCertificate())) {
            throw DomainException.conflict("exchange.trust.own-root", "这是本平台自己的根证书，无需添加。");
        }
        String fingerprint = certificate.fingerprint().toString();
        TrustedPlatformCa existing = em.find(TrustedPlatformCa.class, fingerprint);
        if (existing != null) {
            return existing;
        }
        TrustedPlatformCa added = new TrustedPlatformCa(fingerprint, platformCode.strip(), certificate.subject().toString(),
                certificate.der(), Instant.now());
        em.persist(added);
        trust.reload();
        audit.record(AuditEvent.of("exchange.ca-trusted").by(caller.personId(), caller.name(), caller.unitId())
                .detail("信任平台 " + platformCode.strip() + " 的根证书：" + certificate.subject() + "，SM3指纹 " + fingerprint));
        return added;
    }

    /** Sets a unit's automatic acceptance (自动签收): its unit administrator, or the platform administrator. */
    public boolean setAutoAccept(Caller caller, UUID unitId, boolean on) {
        if (!caller.isPlatformAdmin()) {
            caller.requireUnitAdminOf(unitId);
        }
        if (em.find(Unit.class, unitId) == null) {
            throw DomainException.notFound("organisation.unit.not-found", "找不到该单位。");
        }
        UnitExchangeSetting s = em.find(UnitExchangeSetting.class, unitId);
        if (s == null) {
            em.persist(new UnitExchangeSetting(unitId, on));
        } else {
            s.setAutoAccept(on);
        }
        audit.record(AuditEvent.of("exchange.auto-accept").by(caller.personId(), caller.name(), caller.unitId())
                .on("unit", unitId).detail(on ? "开启自动签收" : "关闭自动签收"));
        return on;
    }

    public boolean autoAccept(UUID unitId) {
        UnitExchangeSetting s = em.find(UnitExchangeSetting.class, unitId);
        return s != null && s.isAutoAccept();
    }

    /** Refused packages: all for the platform administrator, the unit's own for a unit administrator. */
    public List<RejectedPackage> rejections(Caller caller, int limit) {
        if (caller.isPlatformAdmin()) {
            return em.createQuery("select r from RejectedPackage r order by r.receivedAt desc", RejectedPackage.class)
                    .setMaxResults(limit).getResultList();
        }
        caller.requireUnitAdminOf(caller.unitId());
        return em.createQuery("select r from RejectedPackage r where r.unitId = :u order by r.receivedAt desc",
                RejectedPackage.class).setParameter("u", caller.unitId()).setMaxResults(limit).getResultList();
    }
}
