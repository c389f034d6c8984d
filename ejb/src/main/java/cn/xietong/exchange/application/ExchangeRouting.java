package cn.xietong.exchange.application;

import cn.xietong.exchange.model.ExchangeRoute;
import cn.xietong.organisation.model.Unit;
import cn.xietong.organisation.model.Uscc;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a unit is hosted (路由): on this platform (the unit is in its organisation), or on a peer
 * platform named by the routing table.
 */
@Stateless
public class ExchangeRouting {

    /** A unit as the exchange reaches it; {@code unitId} only when it is hosted here. */
    public record Destination(String uscc, String name, String platformCode, UUID unitId) {
        public boolean isLocal() {
            return unitId != null;
        }
    }

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    /** The destinations of the units with these credit codes that are known; unknown codes are absent. */
    public Map<String, Destination> resolve(Collection<String> usccs) {
        Map<String, Destination> found = new HashMap<>();
        List<String> all = usccs.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            List<Uscc> codes = new ArrayList<>();
            for (String c : chunk) {
                try {
                    codes.add(Uscc.of(c));
                } catch (RuntimeException invalid) {
                    // not a credit code: stays unknown
                }
            }
            if (!codes.isEmpty()) {
                // the columns, not the entities: a fan-out to 18,000 units must not leave 18,000 units in the
                // persistence context for every later flush of the distribution to walk
                for (Object[] u : em.createQuery("select u.uscc, u.name, u.id from Unit u where u.uscc in :c", Object[].class)
                        .setParameter("c", codes).getResultList()) {
                    String code = ((Uscc) u[0]).value();
                    found.put(code, new Destination(code, (String) u[1], ThisPlatform.code(), (UUID) u[2]));
                }
            }
            List<String> remote = chunk.stream().filter(c -> !found.containsKey(c)).toList();
            if (!remote.isEmpty()) {
                for (ExchangeRoute r : em.createQuery("select r from ExchangeRoute r where r.uscc in :c", ExchangeRoute.class)
                        .setParameter("c", remote).getResultList()) {
                    found.put(r.getUscc(), new Destination(r.getUscc(), r.getUnitName(), r.getPlatformCode(), null));
                }
            }
        }
        return found;
    }

    public Optional<Destination> resolve(String uscc) {
        return Optional.ofNullable(resolve(List.of(uscc)).get(uscc));
    }

    /** The platform hosting a unit (remembered in {@code known}), else {@code fallback}. */
    public String platformOf(String uscc, String fallback, Map<String, String> known) {
        String p = known.get(uscc);
        if (p == null) {
            p = resolve(uscc).map(Destination::platformCode).orElse(fallback);
            known.put(uscc, p);
        }
        return p;
    }

    /** The local unit with this credit code, if hosted here. */
    public Optional<Unit> localUnit(String uscc) {
        try {
            return em.createQuery("select u from Unit u where u.uscc = :c", Unit.class)
                    .setParameter("c", Uscc.of(uscc)).getResultStream().findFirst();
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }
}
