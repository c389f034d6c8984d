package cn.xietong.identity.infrastructure;

import cn.xietong.identity.application.PersonDirectory;
import cn.xietong.identity.application.PersonIdentity;
import cn.xietong.organisation.model.Role;
import static cn.xietong.shared.SqlValues.uuid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads sign-in identities straight from the organisation's tables (two indexed look-ups per
 * request), so recognising a caller does not load whole entities.
 */
@ApplicationScoped
public class SqlPersonDirectory implements PersonDirectory {

    private static final String SELECT = "select id, name, unit_id, active from org_person where ";

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Override
    public Optional<PersonIdentity> byLoginName(String loginName) {
        return first(em.createNativeQuery(SELECT + "username = ?1", Object[].class)
                .setParameter(1, loginName.toLowerCase(Locale.ROOT)).getResultList());
    }

    @Override
    public Optional<PersonIdentity> byId(UUID personId) {
        return first(em.createNativeQuery(SELECT + "id = ?1", Object[].class)
                .setParameter(1, personId).getResultList());
    }

    private Optional<PersonIdentity> first(List<?> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        UUID id = uuid(row[0]);
        return Optional.of(new PersonIdentity(id, (String) row[1], uuid(row[2]), roles(id), (Boolean) row[3]));
    }

    private Set<Role> roles(UUID personId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : em.createNativeQuery("select role_name from org_person_role where person_id = ?1")
                .setParameter(1, personId).getResultList()) {
            roles.add(Role.valueOf((String) name));
        }
        return roles;
    }
}
