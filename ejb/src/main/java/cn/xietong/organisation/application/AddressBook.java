package cn.xietong.organisation.application;

import static cn.xietong.shared.SqlValues.uuid;

import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The electronic address book (电子通信录) of the whole platform: every active person of every
 * active unit, searchable by name, unit and department, in the order of units, departments and
 * people. A reader sees the mobile numbers of their own unit's people only.
 *
 * <p>Read with plain SQL over the indexes of {@code org_person} ({@code ix_org_person_unit},
 * {@code ix_org_person_department}, and the trigram index on names on PostgreSQL), so that it stays
 * fast for a city's 36,638 people.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AddressBook {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    public Page<AddressBookEntry> search(Caller caller, AddressBookQuery query) {
        Objects.requireNonNull(caller);
        AddressBookSql sql = new AddressBookSql(query);
        Query count = em.createNativeQuery(sql.count());
        bind(count, sql.countParameters());
        long total = ((Number) count.getSingleResult()).longValue();

        PageRequest page = query.page();
        List<AddressBookEntry> entries = new ArrayList<>();
        if (total > page.offset()) {
            Query rows = em.createNativeQuery(sql.rows());
            bind(rows, sql.rowParameters());
            rows.setFirstResult(page.offset()).setMaxResults(page.size());
            for (Object o : rows.getResultList()) {
                Object[] r = (Object[]) o;
                UUID unitId = uuid(r[2]);
                boolean sameUnit = caller.belongsTo(unitId);
                entries.add(new AddressBookEntry(uuid(r[0]), (String) r[1], unitId, (String) r[3], uuid(r[4]),
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8], sameUnit ? (String) r[9] : null));
            }
        }
        return new Page<>(entries, page.page(), page.size(), total);
    }

    /** Department names and ids of any unit, to narrow an address-book search; no people, no counts. */
    public List<DepartmentName> departmentsOf(Caller caller, UUID unitId) {
        Objects.requireNonNull(caller);
        if (unitId == null) {
            throw DomainException.invalid("organisation.address-book.unit-missing", "请先选择单位。");
        }
        return em.createQuery("select new cn.xietong.organisation.application.DepartmentName(d.id, d.name)"
                        + " from Department d where d.unit.id = :u order by d.sortOrder, d.name", DepartmentName.class)
                .setParameter("u", unitId).getResultList();
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }
}
