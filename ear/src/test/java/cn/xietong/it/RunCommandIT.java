package cn.xietong.it;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command a newcomer types: {@code ./run.sh} starts the server on the embedded H2 default
 * with the demo organisation, prints where to go and whom to sign in as, stops cleanly, and the
 * data is still there after a restart. Runs the real script on ports shifted by the test run's offset + 300.
 */
class RunCommandIT {

    /** Ports of the test server's offset + 300, so that test runs with different offsets do not meet. */
    private static final int OFFSET = Integer.getInteger("it.port.offset", 100) + 300;
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DATA = Path.of("target", "run-command-data").toAbsolutePath();
    private static final Path LOG = Path.of("target", "run-command.log").toAbsolutePath();

    private Process server;

    @Test
    void runCommandStartsWithDemoDataOnH2AndKeepsDataAcrossARestart() throws Exception {
        deleteDirectory(DATA);
        URL base = URI.create("http://localhost:" + (8080 + OFFSET) + "/").toURL();

        start();
        String log = Files.readString(LOG);
        assertTrue(log.contains("http://localhost:" + (8080 + OFFSET) + "/"), "prints the address:\n" + log);
        assertTrue(log.contains("liguodong"), "prints a demo leader's sign-in");
        assertTrue(log.contains("H2 in " + DATA), "says it runs on the embedded H2 in the data directory");

        Api leader = Api.signIn(base, "liguodong");
        Api.Reply found = leader.get("api/address-book?q=" + java.net.URLEncoder.encode("王浩然", "UTF-8"));
        assertEquals(200, found.status(), found.toString());
        assertTrue(found.body().contains("王浩然"), found.body());

        Api unitAdmin = Api.signIn(base, "zhengweiming");
        String unitId = unitAdmin.get("api/me").json().getString("unitId");
        String department = "重启验证科" + UUID.randomUUID().toString().substring(0, 4);
        Api.Reply created = unitAdmin.post("api/units/" + unitId + "/departments",
                Json.createObjectBuilder().add("name", department).build().toString());
        assertEquals(201, created.status(), created.toString());

        stop();
        assertTrue(Files.readString(LOG).contains("WFLYSRV0050"), "the server logs a clean stop");

        start();
        Api again = Api.signIn(base, "zhengweiming");
        Api.Reply departments = again.get("api/units/" + unitId + "/departments");
        assertTrue(departments.body().contains(department), "the department survived the restart: " + departments.body());
        assertEquals(1, countOccurrences(departments.body(), department));
        Api.Reply people = again.get("api/address-book?size=1");
        long total = people.json().getJsonNumber("total").longValue();
        assertTrue(total >= 50 && total < 100, "demo data loaded once, not twice: " + total);
        stop();
    }

    private void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("run.sh").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(LOG.toFile()));
        pb.environment().put("XIETONG_DATA_DIR", DATA.toString());
        pb.environment().put("XIETONG_PORT_OFFSET", String.valueOf(OFFSET));
        pb.environment().put("XIETONG_NO_BUILD", "1");
        pb.environment().remove("XIETONG_DB_URL");
        server = pb.start();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            String log = Files.exists(LOG) ? Files.readString(LOG) : "";
            if (log.contains("Xietong is running")) {
                return;
            }
            if (log.contains("failed to deploy") || !server.isAlive()) {
                throw new AssertionError("the server did not start:\n" + log);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no start within 180 s:\n" + Files.readString(LOG));
    }

    private void stop() throws Exception {
        server.destroy(); // SIGTERM, which run.sh hands on to WildFly like Ctrl-C
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops within 60 s");
        server = null;
    }

    @AfterEach
    void killLeftovers() {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    private static int countOccurrences(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void deleteDirectory(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
