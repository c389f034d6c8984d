package cn.xietong.organisation.application;

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
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

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

    private static final Pattern LETTERS = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    public Page<AddressBookEntry> search(Caller caller, AddressBookQuery query) {
        Objects.requireNonNull(caller);
        StringBuilder where = new StringBuilder(" where p.active = true and u.active = true");
        List<Object> params = new ArrayList<>();
        if (query.text() != null) {
            params.add("%" + Likes.escape(query.text()) + "%");
            where.append(" and (p.name like ?").append(params.size()).append(" escape '\\'");
            if (LETTERS.matcher(query.text()).matches()) {
                params.add(Likes.escape(query.text().toLowerCase(Locale.ROOT)) + "%");
                where.append(" or p.username like ?").append(params.size()).append(" escape '\\'");
            }
            where.append(")");
        }
        if (query.unitId() != null) {
            params.add(query.unitId());
            where.append(" and p.unit_id = ?").append(params.size());
        }
        if (query.departmentId() != null) {
            params.add(query.departmentId());
            where.append(" and p.department_id = ?").append(params.size());
        }
        String from = " from org_person p join org_unit u on u.id = p.unit_id"
                + " left join org_department d on d.id = p.department_id";

        Query count = em.createNativeQuery("select count(*)" + from + where);
        bind(count, params);
        long total = ((Number) count.getSingleResult()).longValue();

        PageRequest page = query.page();
        List<AddressBookEntry> entries = new ArrayList<>();
        if (total > page.offset()) {
            Query rows = em.createNativeQuery("select p.id, p.name, u.id, u.name, d.id, d.name, p.position_title,"
                    + " p.office_phone, p.work_email, p.mobile" + from + where
                    // exact name matches first, then the order of units, departments and people
                    + " order by " + (query.text() != null ? "case when p.name = ?" + (params.size() + 1) + " then 0 else 1 end, " : "")
                    + "u.sort_order, u.name, d.sort_order, d.name, p.sort_order, p.name, p.id");
            List<Object> all = new ArrayList<>(params);
            if (query.text() != null) {
                all.add(query.text());
            }
            bind(rows, all);
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

    private static UUID uuid(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }
}
