package cn.xietong.it.platforms;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Xietong platform as its operator runs it: {@code ./run.sh} with its own server base directory,
 * data directory, PostgreSQL schema and port offset. Started, stopped (TERM, like Ctrl-C), killed
 * ({@code kill -9} of the server's JVM) and started again on the same directories and schema. Every
 * start appends to one log, {@code target/platforms/<name>.log}.
 */
public final class ServerProcess implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path HOME = Path.of("target", "platforms").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("it.platforms.start.seconds", 300));

    private final String name;
    private final String code;
    private final int offset;
    private final String schema;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Process process;
    private long logStart;

    /**
     * @param name   the folder and log name under target/platforms (e.g. "a")
     * @param code   the platform code ({@code XIETONG_PLATFORM_CODE})
     * @param offset the port offset: HTTP 8080 + offset, exchange 5445 + offset, management 9990 + offset
     * @param schema the PostgreSQL schema of the database {@code test}
     */
    public ServerProcess(String name, String code, int offset, String schema) {
        this.name = name;
        this.code = code;
        this.offset = offset;
        this.schema = schema;
        env.put("XIETONG_PLATFORM_CODE", code);
        env.put("XIETONG_BASE_DIR", baseDir().toString());
        env.put("XIETONG_DATA_DIR", dataDir().toString());
        env.put("XIETONG_PORT_OFFSET", String.valueOf(offset));
        env.put("XIETONG_DB_URL", PlatformDatabase.URL + "?currentSchema=" + schema);
        env.put("XIETONG_DB_SCHEMA", schema);
        env.put("XIETONG_NO_BUILD", "1");
        env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1536m");
    }

    /** Sets (or with null, removes) an environment variable for the next start. */
    public ServerProcess env(String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
        return this;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public String schema() {
        return schema;
    }

    public Path baseDir() {
        return HOME.resolve(name).resolve("base");
    }

    public Path dataDir() {
        return HOME.resolve(name).resolve("data");
    }

    public Path log() {
        return HOME.resolve(name + ".log");
    }

    public int httpPort() {
        return 8080 + offset;
    }

    public int exchangePort() {
        return 5445 + offset;
    }

    public int managementPort() {
        return 9990 + offset;
    }

    public URL url() {
        try {
            return URI.create("http://localhost:" + httpPort() + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This platform's exchange TLS folder: its key, its certificate, the peers' certificates in peers/. */
    public Path tls() {
        return dataDir().resolve("exchange-tls");
    }

    /** Makes the platform's exchange TLS key if missing ({@code run.sh --exchange-certificate}); its certificate. */
    public Path certificate() throws IOException, InterruptedException {
        Files.createDirectories(dataDir());
        ProcessBuilder pb = command("--exchange-certificate").redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError("run.sh --exchange-certificate failed:\n" + out);
        }
        return tls().resolve("certificate.pem");
    }

    /** Puts a peer's certificate where this platform's run.sh looks for it. */
    public void trust(ServerProcess peer) throws IOException, InterruptedException {
        Path target = tls().resolve("peers").resolve(peer.code() + ".pem");
        Files.createDirectories(target.getParent());
        Files.copy(peer.certificate(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the platform and waits until it answers {@code /api/health/ready} (its EAR is deployed and the database answers). */
    public void start() throws IOException, InterruptedException {
        launch();
        awaitReady();
    }

    /** Starts the platform without waiting (see {@link #awaitReady()}): several start side by side. */
    public void launch() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        Files.createDirectories(HOME);
        logStart = Files.exists(log()) ? Files.size(log()) : 0;
        Files.writeString(log(), "\n===== start of " + name + " (" + code + ") at " + java.time.LocalDateTime.now() + " =====\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = command().redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
    }

    /** Waits until the launched platform answers {@code /api/health/ready}; fails with its log if it dies or does not deploy. */
    public void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new AssertionError(name + " stopped while starting:\n" + logSince(logStart));
            }
            if (logSince(logStart).contains("failed to deploy")) {
                throw new AssertionError(name + " did not deploy:\n" + logSince(logStart));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url().toURI().resolve("api/health/ready"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready within " + START_TIMEOUT.toSeconds() + " s:\n" + logSince(logStart));
    }

    /** Stops the platform cleanly (TERM, as Ctrl-C): WildFly finishes what it is doing and shuts down. */
    public void stop() throws InterruptedException {
        if (!isRunning()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not stop within 120 s after TERM");
        }
        process = null;
    }

    /** Kills the server's JVM with SIGKILL ({@code kill -9}): no shutdown, no flushing, as a power cut. */
    public void kill() throws InterruptedException {
        if (!isRunning()) {
            return;
        }
        ProcessHandle jvm = process.descendants().filter(p -> p.info().command().orElse("").endsWith("/java"))
                .findFirst().orElseThrow(() -> new AssertionError("no WildFly JVM under " + name + "'s run.sh"));
        jvm.destroyForcibly();
        jvm.onExit().join();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
        try {
            Files.writeString(log(), "\n===== " + name + " killed (SIGKILL) at " + java.time.LocalDateTime.now() + " =====\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log line is only for the reader
        }
    }

    /** A management CLI command against the running server (local authentication, same OS user). */
    public String cli(String command) throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("jboss.home", ROOT.resolve("ear/target/wildfly-39.0.1.Final").toString()), "bin", "jboss-cli.sh");
        Process p = new ProcessBuilder(cli.toString(), "--connect", "--controller=127.0.0.1:" + managementPort(), "--command=" + command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("\"outcome\" => \"success\"")) {
            throw new AssertionError("CLI on " + name + " failed: " + command + "\n" + out);
        }
        return out;
    }

    /** A numeric attribute of a JMS queue of this platform's broker (message-count, messages-added, …). */
    public long queueAttribute(String queue, String attribute) throws IOException, InterruptedException {
        String out = cli("/subsystem=messaging-activemq/server=default/jms-queue=" + queue + ":read-attribute(name=" + attribute + ")");
        var m = java.util.regex.Pattern.compile("\"result\" => (\\d+)L?").matcher(out);
        if (!m.find()) {
            throw new AssertionError("no number in " + out);
        }
        return Long.parseLong(m.group(1));
    }

    public Connection database() throws SQLException {
        return PlatformDatabase.connect(schema);
    }

    @Override
    public void close() throws InterruptedException {
        if (isRunning()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    private ProcessBuilder command(String... args) {
        var cmd = new java.util.ArrayList<String>();
        cmd.add(ROOT.resolve("run.sh").toString());
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("XIETONG_"));
        pb.environment().putAll(env);
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return pb;
    }

    private String logSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(log());
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (" + code + ", " + url() + ")";
    }
}
