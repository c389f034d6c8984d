package cn.xietong.organisation.infrastructure;

import cn.xietong.organisation.infrastructure.DemoOrganisation.PersonSpec;
import cn.xietong.organisation.infrastructure.DemoOrganisation.RegionSpec;
import cn.xietong.organisation.infrastructure.DemoOrganisation.UnitSpec;
import cn.xietong.organisation.model.Department;
import cn.xietong.organisation.model.EmailAddress;
import cn.xietong.organisation.model.LoginName;
import cn.xietong.organisation.model.MobileNumber;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.PhoneNumber;
import cn.xietong.organisation.model.Region;
import cn.xietong.organisation.model.RegionCode;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.Unit;
import cn.xietong.organisation.model.UnitShortName;
import cn.xietong.organisation.model.Uscc;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the {@link DemoOrganisation} into an empty platform, in one transaction, through the model
 * (so every rule of the model checks the demo data too). Called by the platform at first start, which
 * then opens accounts for the people returned; no caller is needed because nobody can sign in yet.
 */
@Stateless
public class DemoOrganisationLoader {

    private static final Logger LOG = Logger.getLogger(DemoOrganisationLoader.class.getName());

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    /** The people created, or an empty list when the platform already has units. */
    public List<DemoPerson> loadIfEmpty() {
        return loadIfEmpty(DemoOrganisation.UNITS);
    }

    /**
     * Only these demo units (and their people). When the platform administrator's unit is not among
     * them, the unit administrator of the first one is also the platform administrator.
     */
    public List<DemoPerson> loadIfEmpty(List<UnitSpec> chosen) {
        long units = em.createQuery("select count(u) from Unit u", Long.class).getSingleResult();
        if (units > 0) {
            return List.of();
        }
        Map<String, Region> regions = new HashMap<>();
        for (RegionSpec r : DemoOrganisation.REGIONS) {
            Region region = new Region(r.name(), RegionCode.of(r.code()), r.level(),
                    r.parentKey() == null ? null : regions.get(r.parentKey()));
            // The province may already be there (a platform administrator made it before any unit).
            List<Region> existing = em.createQuery("select x from Region x where x.code = :c", Region.class)
                    .setParameter("c", region.getCode()).getResultList();
            if (existing.isEmpty()) {
                em.persist(region);
            } else {
                region = existing.get(0);
            }
            regions.put(r.key(), region);
        }
        List<DemoPerson> created = new ArrayList<>();
        int n = 0;
        boolean platformAdmin = chosen.stream().flatMap(u -> DemoOrganisation.peopleOf(u.key()).stream())
                .anyMatch(p -> p.roles().contains(Role.PLATFORM_ADMIN));
        for (UnitSpec u : chosen) {
            Unit unit = new Unit(u.name(), UnitShortName.of(u.shortName()), Uscc.of(DemoOrganisation.creditCode(u)),
                    regions.get(u.regionKey()), null, u.sortOrder());
            em.persist(unit);
            Map<String, Department> departments = new HashMap<>();
            int order = 10;
            for (String name : u.departments()) {
                Department d = new Department(unit, name, order);
                order += 10;
                em.persist(d);
                departments.put(name, d);
            }
            int inUnit = 0;
            for (PersonSpec p : DemoOrganisation.peopleOf(u.key())) {
                inUnit++;
                Person person = new Person(unit, LoginName.of(p.login()), new Person.Details(
                        p.name(), p.department() == null ? null : departments.get(p.department()), p.position(),
                        new PhoneNumber(u.phonePrefix() + String.format("%03d", 100 + inUnit)),
                        new MobileNumber(DemoOrganisation.mobile(n++)),
                        new EmailAddress(p.login() + "@" + DemoOrganisation.EMAIL_DOMAIN), inUnit * 10));
                Set<Role> roles = p.roles();
                if (!platformAdmin && roles.contains(Role.UNIT_ADMIN)) {
                    roles = java.util.EnumSet.copyOf(roles);
                    roles.add(Role.PLATFORM_ADMIN);
                    platformAdmin = true;
                }
                person.assignRoles(roles);
                em.persist(person);
                created.add(new DemoPerson(person.getId(), p.login(), p.name(), unit.getId(), unit.getName(),
                        p.position(), roles));
            }
        }
        em.flush();
        LOG.info(() -> "Demo organisation loaded: " + chosen.size() + " units, " + created.size()
                + " people");
        return created;
    }
}
