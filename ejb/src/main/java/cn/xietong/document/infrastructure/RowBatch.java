package cn.xietong.document.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for one table, sent as JDBC batches of multi-row {@code INSERT … VALUES (…), (…), …}
 * statements (as the PostgreSQL driver's {@code reWriteBatchedInserts} would do), so a batch of
 * thousands of rows costs a few round trips and one parse. Columns are named {@code name:type}
 * with type u (uuid), s (text), i (integer), l (bigint), b (boolean) or t (timestamp with time
 * zone); uuids and times are sent as text with a cast, so a null binds with the same parameter type
 * as a value and the server-side statement is prepared once.
 */
final class RowBatch implements AutoCloseable {

    private static final int MAX_PARAMETERS = 30_000;

    private final Connection connection;
    private final String table;
    private final String[] columns;
    private final char[] types;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement multi;
    private long written;

    RowBatch(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = new String[columns.length];
        this.types = new char[columns.length];
        for (int c = 0; c < columns.length; c++) {
            int colon = columns[c].indexOf(':');
            this.columns[c] = columns[c].substring(0, colon);
            this.types[c] = columns[c].charAt(colon + 1);
        }
        this.rowsPerStatement = Math.max(1, Math.min(1_000, MAX_PARAMETERS / columns.length));
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
        }
        pending.add(values); // sent on flush, so that tables are written in the order the caller flushes them
    }

    /** Sends everything added so far. */
    void flush() throws SQLException {
        sendFullStatements();
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                bind(rest, pending);
                rest.executeUpdate();
            }
            written += pending.size();
            pending.clear();
        }
    }

    long written() {
        return written;
    }

    private void sendFullStatements() throws SQLException {
        if (pending.size() < rowsPerStatement) {
            return;
        }
        if (multi == null) {
            multi = connection.prepareStatement(sql(rowsPerStatement));
        }
        int full = pending.size() / rowsPerStatement;
        for (int s = 0; s < full; s++) {
            bind(multi, pending.subList(s * rowsPerStatement, (s + 1) * rowsPerStatement));
            multi.addBatch();
        }
        multi.executeBatch();
        written += (long) full * rowsPerStatement;
        pending.subList(0, full * rowsPerStatement).clear();
    }

    private String sql(int rows) {
        StringBuilder b = new StringBuilder("insert into ").append(table).append(" (").append(String.join(", ", columns))
                .append(") values ");
        StringBuilder one = new StringBuilder("(");
        for (int c = 0; c < types.length; c++) {
            one.append(c == 0 ? "" : ", ").append(switch (types[c]) {
                case 'u' -> "cast(? as uuid)";
                case 't' -> "cast(? as timestamp with time zone)";
                default -> "?";
            });
        }
        String row = one.append(')').toString();
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "" : ", ").append(row);
        }
        return b.toString();
    }

    private void bind(PreparedStatement s, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++, p++) {
                Object v = row[c];
                switch (types[c]) {
                    case 'u', 's' -> {
                        if (v == null) {
                            s.setNull(p, Types.VARCHAR);
                        } else {
                            s.setString(p, v.toString());
                        }
                    }
                    case 't' -> {
                        if (v == null) {
                            s.setNull(p, Types.VARCHAR);
                        } else {
                            s.setString(p, OffsetDateTime.ofInstant((Instant) v, ZoneOffset.UTC).toString());
                        }
                    }
                    case 'i' -> {
                        if (v == null) {
                            s.setNull(p, Types.INTEGER);
                        } else {
                            s.setInt(p, (Integer) v);
                        }
                    }
                    case 'l' -> s.setLong(p, (Long) v);
                    case 'b' -> s.setBoolean(p, (Boolean) v);
                    default -> throw new IllegalArgumentException("unknown column type " + types[c]);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (multi != null) {
            multi.close();
        }
    }
}
