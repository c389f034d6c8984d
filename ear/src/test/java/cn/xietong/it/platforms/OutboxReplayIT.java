package cn.xietong.it.platforms;

import cn.xietong.organisation.model.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.xietong.it.platforms.PlatformClerks.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window a kill -9 rarely hits, opened on purpose: the broker already holds a transfer (its
 * duplicate-detection id is known) while the outbox row that carries it is still unsent — as after a
 * crash between the JMS commit and the database's. The outbox must then let the row go (the broker
 * has it) instead of trying to send it for ever. Artemis refuses a duplicate in a transacted session
 * by failing the send, and the transaction with it.
 *
 * <p>How: the province routes a unit to platform {@code nowhere}, whose queue does not exist yet, so
 * the package waits in the outbox. The test creates the queue under another JNDI name, sends a
 * message with the outbox row's id to it (through the exchange port, as a peer allowed to for the
 * test), then gives the queue the JNDI name the outbox looks for. The outbox
 * then sends the batch's messages one by one and counts the refused duplicate as sent.
 */
class OutboxReplayIT {

    private static Platforms platforms;
    private static PlatformClerks province;

    @BeforeAll
    static void start() throws Exception {
        platforms = Platforms.of("province", "city");
        platforms.get("province").start();
        province = new PlatformClerks(platforms.get("province"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (platforms != null) {
            platforms.close();
        }
    }

    @Test
    void aTransferTheBrokerAlreadyHasLeavesTheOutboxInsteadOfBlockingIt() throws Exception {
        ServerProcess server = province.server();
        String elsewhere = Uscc.withCheckDigit("11449998X00000001").value(); // a unit no platform here hosts
        province.route("zhangwei", "nowhere", Map.of(elsewhere, "外平台某单位"));
        PlatformClerks.UnitPeople cityOffice = new PlatformClerks.UnitPeople("wanghaoran", "zhoulijuan", "liguodong", "wuxiuying", "zhengweiming");
        String document = province.sealedNotice(cityOffice, "南江市人民政府办公室关于外平台交换的通知");
        assertEquals(1, province.distribute("wuxiuying", document, List.of(elsewhere)).getInt("remote"));

        String row;
        try (Connection db = server.database();
             var rs = db.createStatement().executeQuery("select id from exchange_outbox where platform_code = 'nowhere'")) {
            assertTrue(rs.next(), "the transfer waits in the outbox: platform nowhere has no queue");
            row = rs.getString(1);
        }

        String queue = "/subsystem=messaging-activemq/server=default/jms-queue=XietongExchangeTo_nowhere";
        server.cli(queue + ":add(entries=[\"java:/jms/queue/xietong/test/not-yet\"], durable=true)");
        server.cli("/subsystem=messaging-activemq/server=default/security-setting=jms.queue.XietongExchangeTo_nowhere:add");
        server.cli("/subsystem=messaging-activemq/server=default/security-setting=jms.queue.XietongExchangeTo_nowhere/role=exchange-peer:add(send=true)");
        try (PeerClient broker = PeerClient.connect(server, platforms.get("city"), "city", platforms.password("province", "city"))) {
            assertTrue(broker.send("XietongExchangeTo_nowhere", row, "the transfer, sent before the crash".getBytes(StandardCharsets.UTF_8)));
        }
        server.cli(queue + ":add-jndi(jndi-binding=\"java:/jms/queue/xietong/exchange/to/nowhere\")");

        eventually("the outbox lets the row go", Duration.ofSeconds(60), () -> {
            try (Connection db = server.database();
                 var rs = db.createStatement().executeQuery("select count(*) from exchange_outbox where platform_code = 'nowhere'")) {
                rs.next();
                return rs.getLong(1) == 0 ? Boolean.TRUE : null;
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(1, server.queueAttribute("XietongExchangeTo_nowhere", "message-count"), "still one transfer, not two");
        assertEquals("SENT", province.addressees("wuxiuying", document).get(0).getString("state"));
    }
}
