package cn.xietong.document.infrastructure;

import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;
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
 * Rows for one table, collected until {@link #take()} hands them over as a {@link Rows} that a
 * writer sends on its connection. On PostgreSQL the rows are encoded as they are added, in COPY's
 * binary format (no text to parse: uuids as 16 bytes, times as microseconds), and sent with one
 * {@code COPY … FROM STDIN (FORMAT binary)}; elsewhere (H2) as JDBC batches of
 * multi-row {@code INSERT … VALUES (…), (…)} statements. Columns are named {@code name:type} with
 * type u (uuid), s (text; a byte[] is taken as its UTF-8), i (integer), l (bigint), b (boolean) or t (timestamp with time zone).
 */
final class RowBatch {

    private static final int MAX_PARAMETERS = 30_000;

    /** Rows taken from a batch, to be written on a connection (in another thread, if need be). */
    interface Rows {
        void writeTo(Connection connection) throws SQLException;
    }

    private final boolean copy;
    private final String table;
    private final String[] columns;
    private final char[] types;
    private final int rowsPerStatement;
    private List<Object[]> pending = new ArrayList<>();
    private final CopyBuffer binary = new CopyBuffer();
    private int rows;
    private long written;

    RowBatch(boolean copy, String table, String... columns) {
        this.copy = copy;
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

    /** Whether rows can go by COPY on this connection (PostgreSQL's driver behind it). */
    static boolean canCopy(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
        }
        rows++;
        if (copy) {
            binary.row(values, types);
        } else {
            pending.add(values);
        }
    }

    /** Everything added since the last take, ready to be written; the batch starts empty again. */
    Rows take() {
        written += rows;
        rows = 0;
        if (copy) {
            byte[] bytes = binary.take();
            int size = binary.size();
            String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format binary)";
            return c -> {
                if (size > CopyBuffer.EMPTY) {
                    var in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
                    in.writeToCopy(bytes, 0, size);
                    in.endCopy();
                }
            };
        }
        List<Object[]> taken = pending;
        pending = new ArrayList<>();
        return c -> insert(c, taken);
    }

    long written() {
        return written;
    }

    // ---- multi-row INSERT ----

    private void insert(Connection c, List<Object[]> rows) throws SQLException {
        int full = rows.size() / rowsPerStatement;
        if (full > 0) {
            try (PreparedStatement multi = c.prepareStatement(sql(rowsPerStatement))) {
                for (int s = 0; s < full; s++) {
                    bind(multi, rows.subList(s * rowsPerStatement, (s + 1) * rowsPerStatement));
                    multi.addBatch();
                }
                multi.executeBatch();
            }
        }
        List<Object[]> rest = rows.subList(full * rowsPerStatement, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(sql(rest.size()))) {
                bind(s, rest);
                s.executeUpdate();
            }
        }
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
                            s.setString(p, v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString());
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
}
