package cn.xietong.it.platforms;

import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The road between two platforms, without the application: the province's broker holds transfers
 * for the city while the city is down and forwards them, once each, when it is back (core bridge,
 * duplicate detection); the city's broker lets in only a peer with its password and a certificate it
 * trusts, and only to send to its inbound queue. Two servers started by {@code run.sh}
 * ({@link Platforms}), their brokers watched through the management CLI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerBridgeIT {

    private static final String INBOUND = "XietongExchangeInbound";

    private static Platforms platforms;
    private static ServerProcess province;
    private static ServerProcess city;

    @BeforeAll
    static void startTheProvince() throws Exception {
        platforms = Platforms.of("province", "city");
        province = platforms.get("province");
        city = platforms.get("city");
        province.start();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (platforms != null) {
            platforms.close();
        }
    }

    @Test
    @Order(1)
    void transfersWaitWhileThePeerIsDownAndArriveOnceEachWhenItIsBack() throws Exception {
        // Only the province's application sends to its queue for the city (in-VM). This test stands
        // in for it: for its duration the city's account may send there too.
        String outgoing = "jms.queue.XietongExchangeTo_city";
        province.cli("/subsystem=messaging-activemq/server=default/security-setting=" + outgoing + ":add");
        province.cli("/subsystem=messaging-activemq/server=default/security-setting=" + outgoing + "/role=exchange-peer:add(send=true)");

        String[] ids = {UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        try (PeerClient app = PeerClient.connect(province, city, "city", platforms.password("province", "city"))) {
            for (String id : ids) {
                assertTrue(app.send("XietongExchangeTo_city", id, ("transfer " + id).getBytes(StandardCharsets.UTF_8)));
            }
            assertFalse(app.send("XietongExchangeTo_city", ids[1], "the same transfer again".getBytes(StandardCharsets.UTF_8)),
                    "the broker refuses a transfer id it has seen");
        }
        assertEquals(3, province.queueAttribute("XietongExchangeTo_city", "message-count"),
                "three transfers wait for the city (the repeated one was dropped)");

        city.start();
        awaitEquals(0, () -> province.queueAttribute("XietongExchangeTo_city", "message-count"), "the province's queue drains");
        assertEquals(3, city.queueAttribute(INBOUND, "messages-added"), "each transfer arrived once");

        // Sent again long after it left (as after a crash between sending and marking sent): the
        // province remembers the id and drops it; a new transfer still goes through.
        try (PeerClient app = PeerClient.connect(province, city, "city", platforms.password("province", "city"))) {
            assertFalse(app.send("XietongExchangeTo_city", ids[0], "a replay".getBytes(StandardCharsets.UTF_8)),
                    "the province remembers the id of a transfer it forwarded");
            assertTrue(app.send("XietongExchangeTo_city", UUID.randomUUID().toString(), "a new one".getBytes(StandardCharsets.UTF_8)));
        }
        awaitEquals(4, () -> city.queueAttribute(INBOUND, "messages-added"), "the new transfer arrives");
        assertEquals(0, province.queueAttribute("XietongExchangeTo_city", "message-count"));
    }

    @Test
    @Order(2)
    void onlyAPeerWithItsPasswordAndATrustedCertificateGetsInAndOnlyToSendPackages() throws Exception {
        if (!city.isRunning()) {
            city.start();
        }
        String password = platforms.password("province", "city");
        JMSException wrongPassword = assertThrows(JMSException.class,
                () -> PeerClient.connect(city, province, "province", password + "x").close());
        assertTrue(wrongPassword instanceof JMSSecurityException, "refused as a security failure: " + wrongPassword);
        assertThrows(JMSSecurityException.class, () -> PeerClient.connect(city, province, "nobody", password).close(),
                "an account the city does not have");

        try (PeerClient peer = PeerClient.connect(city, province, "province", password)) {
            assertThrows(JMSSecurityException.class,
                    () -> peer.send("DLQ", UUID.randomUUID().toString(), new byte[]{1}),
                    "a peer sends to the inbound queue and nowhere else");
            assertThrows(JMSException.class, () -> peer.connection().createSession(false, 1)
                    .createConsumer(peer.connection().createSession(false, 1).createQueue(INBOUND)).receive(1000),
                    "a peer does not read the city's inbound queue");
        }

        // TLS first: the province's key opens a connection; the city's own key (no peer's) does not.
        assertTrue(TlsProbe.accepted(city, province.tls()), "a peer's certificate opens the connection");
        assertFalse(TlsProbe.accepted(city, city.tls()), "a certificate the city does not trust is refused in the handshake");
    }

    private interface Probe {
        long value() throws Exception;
    }

    private static void awaitEquals(long expected, Probe probe, String what) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        long last = -1;
        while (System.nanoTime() < deadline) {
            last = probe.value();
            if (last == expected) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(what + ": expected " + expected + ", still " + last + " after 120 s");
    }
}
