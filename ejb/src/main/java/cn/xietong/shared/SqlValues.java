package cn.xietong.shared;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Values read from native SQL results, the same on PostgreSQL and H2. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A uuid column: PostgreSQL's driver gives a UUID, H2's native queries 16 bytes. Null stays null. */
    public static UUID uuid(Object column) {
        if (column == null || column instanceof UUID) {
            return (UUID) column;
        }
        if (column instanceof byte[] b && b.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(column.toString());
    }
}
