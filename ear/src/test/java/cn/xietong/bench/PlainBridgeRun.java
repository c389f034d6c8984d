package cn.xietong.bench;

import cn.xietong.it.platforms.PeerClient;
import cn.xietong.it.platforms.ServerProcess;
import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The plain side of the platform benchmark: the same message sizes through the same two brokers
 * and the same kind of bridge (TLS connector, peer account, duplicate detection, one hop), with a
 * bare JMS producer and consumer instead of the application. A queue and a bridge of its own
 * ({@code XietongBenchTo_<peer>} → the peer's {@code XietongBenchInbound}), added at run time through
 * the management CLI, so the application's queues and consumers are not touched.
 *
 * <p>As for the application: the bridge is stopped, every message is put in the sender's queue, the
 * bridge is started, and the rate is counted from the first message the consumer receives to the
 * last (each received in a transaction of its own, as a message-driven bean does).
 */
final class PlainBridgeRun {

    record Result(int messages, long bytes, double seconds) {
        double perSecond() {
            return seconds == 0 ? 0 : (messages - 1) / seconds;
        }
    }

    private final ServerProcess sender;
    private final ServerProcess receiver;
    private final String password;

    PlainBridgeRun(ServerProcess sender, ServerProcess receiver, String password) {
        this.sender = sender;
        this.receiver = receiver;
        this.password = password;
    }

    private String outgoing() {
        return "XietongBenchTo_" + receiver.code();
    }

    private String bridge() {
        return "xietong-bench-to-" + receiver.code();
    }

    /** The bench queues, their permissions for the peer accounts, and the bridge (stopped). */
    void setUp() throws Exception {
        String server = "/subsystem=messaging-activemq/server=default";
        receiver.cli(server + "/jms-queue=XietongBenchInbound:add(entries=[\"java:/jms/queue/xietong/bench/inbound\"], durable=true)");
        receiver.cli(server + "/security-setting=jms.queue.XietongBenchInbound:add");
        receiver.cli(server + "/security-setting=jms.queue.XietongBenchInbound/role=exchange-peer:add(send=true, consume=true)");
        sender.cli(server + "/jms-queue=" + outgoing() + ":add(entries=[\"java:/jms/queue/xietong/bench/to/" + receiver.code() + "\"], durable=true)");
        sender.cli(server + "/security-setting=jms.queue." + outgoing() + ":add");
        sender.cli(server + "/security-setting=jms.queue." + outgoing() + "/role=exchange-peer:add(send=true)");
        // The same settings as the application's bridge (exchange-peers.sh), over the same connector.
        sender.cli(server + "/bridge=" + bridge() + ":add(queue-name=jms.queue." + outgoing()
                + ", forwarding-address=jms.queue.XietongBenchInbound, static-connectors=[xietong-peer-" + receiver.code()
                + "], ha=false, use-duplicate-detection=true, initial-connect-attempts=-1, reconnect-attempts=-1,"
                + " retry-interval=1000, retry-interval-multiplier=2.0, max-retry-interval=30000, confirmation-window-size=1048576,"
                + " user=" + sender.code() + ", password=\"" + password + "\")"); // a bridge added to a running server takes password, not credential-reference
        sender.cli(server + "/bridge=" + bridge() + ":stop");
    }

    /** Sends messages of these sizes (bytes) and measures how fast the consumer gets them. */
    Result run(List<Integer> sizes) throws Exception {
        String server = "/subsystem=messaging-activemq/server=default";
        Random random = new Random(42);
        long bytes = 0;
        // The producer signs in to the sender as the receiver would (its key and account).
        try (PeerClient producerSide = PeerClient.connect(sender, receiver, receiver.code(), password)) {
            Session session = producerSide.connection().createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(outgoing()));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            int inTransaction = 0;
            for (int size : sizes) {
                byte[] body = new byte[size];
                random.nextBytes(body);
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(body);
                m.setStringProperty("_AMQ_DUPL_ID", UUID.randomUUID().toString());
                producer.send(m);
                bytes += size;
                if (++inTransaction == 20) {
                    session.commit();
                    inTransaction = 0;
                }
            }
            session.commit();
            session.close();
        }
        long queued = sender.queueAttribute(outgoing(), "message-count");
        if (queued != sizes.size()) {
            throw new IllegalStateException("expected " + sizes.size() + " messages waiting on " + sender.name() + ", found " + queued);
        }
        List<Long> received = new ArrayList<>(sizes.size());
        try (PeerClient consumerSide = PeerClient.connect(receiver, sender, sender.code(), password)) {
            Session session = consumerSide.connection().createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue("XietongBenchInbound"));
            sender.cli(server + "/bridge=" + bridge() + ":start");
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (received.size() < sizes.size() && System.nanoTime() < deadline) {
                BytesMessage m = (BytesMessage) consumer.receive(1000);
                if (m != null) {
                    byte[] body = new byte[(int) m.getBodyLength()];
                    m.readBytes(body);
                    session.commit();
                    received.add(System.nanoTime());
                }
            }
            sender.cli(server + "/bridge=" + bridge() + ":stop");
            session.close();
        }
        if (received.size() < sizes.size()) {
            throw new IllegalStateException("only " + received.size() + " of " + sizes.size() + " plain messages arrived");
        }
        return new Result(sizes.size(), bytes, (received.get(received.size() - 1) - received.get(0)) / 1e9);
    }
}
