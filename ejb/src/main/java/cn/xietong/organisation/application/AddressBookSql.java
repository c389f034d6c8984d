package cn.xietong.organisation.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SQL of one address-book search (portable: PostgreSQL and H2), with numbered parameters
 * {@code ?1, ?2 …} in order of appearance. Kept apart from {@link AddressBook} so that the
 * city-scale benchmark times exactly the statements the service runs.
 *
 * <p>Columns of {@link #rows()}: person id, name, unit id, unit name, department id, department
 * name, position, office phone, work e-mail, mobile.
 */
public final class AddressBookSql {

    private static final Pattern LETTERS = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final String FROM = " from org_person p join org_unit u on u.id = p.unit_id"
            + " left join org_department d on d.id = p.department_id";

    private final String count;
    private final String rows;
    private final List<Object> countParameters;
    private final List<Object> rowParameters;

    public AddressBookSql(AddressBookQuery query) {
        StringBuilder where = new StringBuilder(" where p.active = true and u.active = true");
        List<Object> params = new ArrayList<>();
        if (query.text() != null) {
            params.add("%" + Likes.escape(query.text()) + "%");
            where.append(" and (p.name like ?").append(params.size()).append(" escape '\\'");
            if (LETTERS.matcher(query.text()).matches()) {
                // Login names are the pinyin of names: "zhangw" finds 张伟 through zhangwei.
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
        this.count = "select count(*)" + FROM + where;
        this.countParameters = List.copyOf(params);
        List<Object> all = new ArrayList<>(params);
        String exactFirst = "";
        if (query.text() != null) {
            all.add(query.text());
            exactFirst = "case when p.name = ?" + all.size() + " then 0 else 1 end, ";
        }
        this.rows = "select p.id, p.name, u.id, u.name, d.id, d.name, p.position_title, p.office_phone,"
                + " p.work_email, p.mobile" + FROM + where
                // exact name matches first, then the order of units, departments and people
                + " order by " + exactFirst + "u.sort_order, u.name, d.sort_order nulls first, d.name nulls first, p.sort_order, p.name, p.id";
        this.rowParameters = List.copyOf(all);
    }

    public String count() {
        return count;
    }

    public List<Object> countParameters() {
        return countParameters;
    }

    /** The rows query, without paging: the caller adds offset and limit. */
    public String rows() {
        return rows;
    }

    public List<Object> rowParameters() {
        return rowParameters;
    }

    /** The statement with JDBC's plain {@code ?} placeholders (the parameters are numbered in order). */
    public static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }
}
