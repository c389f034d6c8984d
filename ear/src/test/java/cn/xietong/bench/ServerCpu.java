package cn.xietong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CPU time used by the server under test: its JVM and the PostgreSQL backends serving its
 * connection pool (found through the client ports of the JVM's connections to 5432), read from
 * /proc (Linux, clock ticks of 10 ms). On a machine shared with other work, wall-clock latency
 * carries everybody's load; the CPU a request costs does not.
 */
final class ServerCpu {

    private static final long TICK_NANOS = 10_000_000L;

    private final long jvmPid;
    private final String jdbcUrl;

    private ServerCpu(long jvmPid, String jdbcUrl) {
        this.jvmPid = jvmPid;
        this.jdbcUrl = jdbcUrl;
    }

    /** From -Dbench.server.pid (the WildFly JVM) and -Dbench.jdbc.url; null if not given or not on Linux. */
    static ServerCpu fromSystemProperties() {
        String pid = System.getProperty("bench.server.pid", "");
        if (pid.isBlank() || !Files.isDirectory(Path.of("/proc", pid.strip()))) {
            return null;
        }
        return new ServerCpu(Long.parseLong(pid.strip()),
                System.getProperty("bench.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));
    }

    /** CPU so far of the JVM and of each of its PostgreSQL backends. */
    record Snapshot(long jvm, java.util.Map<Long, Long> backends) {

        /** {jvm, postgres} nanoseconds of CPU since {@code before}; a backend that is new counts in full. */
        long[] since(Snapshot before) {
            long pg = 0;
            for (var e : backends.entrySet()) {
                pg += e.getValue() - before.backends.getOrDefault(e.getKey(), 0L);
            }
            return new long[]{jvm - before.jvm, pg};
        }
    }

    Snapshot snapshot() throws Exception {
        java.util.Map<Long, Long> b = new java.util.HashMap<>();
        for (long pid : backends()) {
            b.put(pid, cpuOrZero(pid));
        }
        return new Snapshot(cpu(jvmPid), b);
    }

    private List<Long> backends() throws Exception {
        Set<Integer> ports = clientPorts();
        List<Long> pids = new ArrayList<>();
        if (ports.isEmpty()) {
            return pids;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement s = c.prepareStatement("select pid from pg_stat_activity where client_port = any(?)")) {
            Array a = c.createArrayOf("int4", ports.toArray());
            s.setArray(1, a);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pids.add(rs.getLong(1));
                }
            }
        }
        return pids;
    }

    /** Local ports of the JVM's TCP connections to port 5432. */
    private Set<Integer> clientPorts() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", Long.toString(jvmPid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : new String[]{"tcp", "tcp6"}) {
            Path p = Path.of("/proc", Long.toString(jvmPid), "net", table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10 || !f[2].contains(":") || !inodes.contains(f[9])) {
                    continue;
                }
                int remotePort = Integer.parseInt(f[2].substring(f[2].lastIndexOf(':') + 1), 16);
                if (remotePort == 5432) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static long cpuOrZero(long pid) {
        try {
            return cpu(pid);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long cpu(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ": state is field 3, utime 14, stime 15 → indexes 11 and 12 here
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS;
    }
}
