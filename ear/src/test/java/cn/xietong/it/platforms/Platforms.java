package cn.xietong.it.platforms;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several Xietong platforms on this machine that are each other's peers, as their administrators
 * would set them up: each makes its exchange TLS key, gives its certificate to the others, and every
 * pair shares a password; each is told the others' exchange addresses. Ports: the test run's offset
 * + 10, + 20, … ({@code it.platforms.port.offset} to choose another base), so they meet neither the
 * Arquillian server nor {@code RunCommandIT}'s. Fresh directories under target/platforms, fresh schemas;
 * {@link #close()} stops everything and drops the schemas.
 */
public final class Platforms implements AutoCloseable {

    /** The first platform's port offset; the next ones are 10 apart. */
    public static final int BASE_OFFSET = Integer.getInteger("it.platforms.port.offset",
            Integer.getInteger("it.port.offset", 100) + 10);

    private final Map<String, ServerProcess> servers = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();

    private Platforms() {
    }

    /**
     * Platforms with these codes, peers of one another, not started. Each is named by its code
     * (target/platforms/<code>, target/platforms/<code>.log).
     */
    public static Platforms of(String... codes) throws IOException, InterruptedException {
        PlatformDatabase.dropOldSchemas();
        Platforms p = new Platforms();
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i];
            deleteDirectory(ServerProcess.HOME.resolve(code));
            Files.deleteIfExists(ServerProcess.HOME.resolve(code + ".log"));
            p.servers.put(code, new ServerProcess(code, code, BASE_OFFSET + 10 * i, PlatformDatabase.newSchema(code)));
        }
        for (ServerProcess server : p.servers.values()) {
            server.certificate();
        }
        SecureRandom random = new SecureRandom();
        for (ServerProcess server : p.servers.values()) {
            StringBuilder peers = new StringBuilder();
            for (ServerProcess peer : p.servers.values()) {
                if (peer == server) {
                    continue;
                }
                server.trust(peer);
                peers.append(peers.isEmpty() ? "" : ",").append(peer.code()).append("=127.0.0.1:").append(peer.exchangePort());
                String pair = pairKey(server.code(), peer.code());
                String password = p.passwords.computeIfAbsent(pair, k -> {
                    byte[] b = new byte[12];
                    random.nextBytes(b);
                    return HexFormat.of().formatHex(b);
                });
                server.env("XIETONG_PEER_PASSWORD_" + peer.code().toUpperCase().replace('-', '_'), password);
            }
            server.env("XIETONG_PEERS", peers.toString());
        }
        // A test or benchmark JVM that is stopped leaves no servers behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> p.servers.values().forEach(s -> {
            try {
                s.close();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        })));
        return p;
    }

    public ServerProcess get(String code) {
        ServerProcess s = servers.get(code);
        if (s == null) {
            throw new IllegalArgumentException("no platform " + code);
        }
        return s;
    }

    /** The password the two platforms share (the one each bridge signs in to the other with). */
    public String password(String code, String other) {
        return passwords.get(pairKey(code, other));
    }

    /** Starts these platforms side by side and waits until each is ready. */
    public void start(String... codes) throws IOException, InterruptedException {
        for (String code : codes) {
            get(code).launch();
        }
        for (String code : codes) {
            get(code).awaitReady();
        }
    }

    public List<ServerProcess> all() {
        return List.copyOf(servers.values());
    }

    @Override
    public void close() throws InterruptedException {
        for (ServerProcess s : servers.values()) {
            try {
                s.stop();
            } catch (AssertionError e) {
                s.close();
            }
        }
        if (!Boolean.getBoolean("it.platforms.keep")) {
            servers.values().forEach(s -> PlatformDatabase.drop(s.schema()));
        }
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    static void deleteDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
