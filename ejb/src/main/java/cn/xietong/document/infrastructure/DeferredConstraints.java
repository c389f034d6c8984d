package cn.xietong.document.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For a bulk load on PostgreSQL: the secondary indexes (not those behind a primary key or unique
 * constraint) and the foreign keys of some tables, read from the catalog as the migrations created
 * them, dropped before the load and created again, with the very same definitions, after it. An
 * index built once over the loaded rows costs a sort; kept during the load it costs a random
 * B-tree insertion per row, and every foreign key a look-up per row.
 */
final class DeferredConstraints {

    private record Definition(String table, String name, String sql) {
    }

    private final List<Definition> indexes = new ArrayList<>();
    private final List<Definition> foreignKeys = new ArrayList<>();

    private DeferredConstraints() {
    }

    /** Reads the definitions of the tables' secondary indexes and foreign keys in the connection's current schema. */
    static DeferredConstraints of(Connection c, List<String> tables) throws SQLException {
        DeferredConstraints d = new DeferredConstraints();
        String[] names = tables.toArray(String[]::new);
        try (PreparedStatement s = c.prepareStatement("""
                select t.relname, i.relname, pg_get_indexdef(x.indexrelid)
                from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                where t.relnamespace = current_schema()::regnamespace and t.relname = any (?)
                  and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.contype in ('p', 'u', 'x'))
                order by t.relname, i.relname""")) {
            s.setArray(1, c.createArrayOf("text", names));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    d.indexes.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                select t.relname, k.conname, pg_get_constraintdef(k.oid)
                from pg_constraint k join pg_class t on t.oid = k.conrelid
                where k.contype = 'f' and t.relnamespace = current_schema()::regnamespace and t.relname = any (?)
                order by t.relname, k.conname""")) {
            s.setArray(1, c.createArrayOf("text", names));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    d.foreignKeys.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return d;
    }

    int size() {
        return indexes.size() + foreignKeys.size();
    }

    void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Definition k : foreignKeys) {
                s.execute("alter table " + k.table + " drop constraint " + k.name);
            }
            for (Definition i : indexes) {
                s.execute("drop index " + i.name);
            }
        }
    }

    /**
     * Creates the indexes and foreign keys again as they were (foreign keys checked over all rows).
     * The sorts and the foreign keys' checks get more memory for this transaction only.
     */
    void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local maintenance_work_mem = '512MB'");
            s.execute("set local work_mem = '256MB'");
            for (Definition i : indexes) {
                s.execute(i.sql);
            }
            for (Definition k : foreignKeys) {
                s.execute("alter table " + k.table + " add constraint " + k.name + " " + k.sql);
            }
        }
    }
}
