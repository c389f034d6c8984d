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
 * <p>Timed as the application is: from the first message sent to the last one received.
 */
final class PlainBridgeRun {

    record Result(int messages, long bytes, double seconds) {
        double perSecond() {
            return messages / seconds;
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
    }

    /**
     * Sends messages of these sizes (bytes), each in a transaction of its own, while the consumer on
     * the receiving broker takes them, each in a transaction of its own: the time from the first send
     * to the last message received.
     */
    Result run(List<Integer> sizes) throws Exception {
        Random random = new Random(42);
        List<byte[]> bodies = new ArrayList<>();
        long bytes = 0;
        for (int size : sizes) {
            byte[] body = new byte[size];
            random.nextBytes(body);
            bodies.add(body);
            bytes += size;
        }
        // The consumer signs in to the receiver as the sender does; the producer to the sender as the receiver does.
        try (PeerClient consumerSide = PeerClient.connect(receiver, sender, sender.code(), password);
             PeerClient producerSide = PeerClient.connect(sender, receiver, receiver.code(), password)) {
            Session in = consumerSide.connection().createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = in.createConsumer(in.createQueue("XietongBenchInbound"));
            long[] last = new long[1];
            int[] count = new int[1];
            Thread receiving = new Thread(() -> {
                try {
                    long deadline = System.nanoTime() + 600_000_000_000L;
                    while (count[0] < sizes.size() && System.nanoTime() < deadline) {
                        BytesMessage m = (BytesMessage) consumer.receive(1000);
                        if (m != null) {
                            byte[] body = new byte[(int) m.getBodyLength()];
                            m.readBytes(body);
                            in.commit();
                            count[0]++;
                            last[0] = System.nanoTime();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "plain-consumer");
            receiving.start();

            Session out = producerSide.connection().createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = out.createProducer(out.createQueue(outgoing()));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            long start = System.nanoTime();
            for (byte[] body : bodies) {
                BytesMessage m = out.createBytesMessage();
                m.writeBytes(body);
                m.setStringProperty("_AMQ_DUPL_ID", UUID.randomUUID().toString());
                producer.send(m);
                out.commit();
            }
            receiving.join();
            if (count[0] < sizes.size()) {
                throw new IllegalStateException("only " + count[0] + " of " + sizes.size() + " plain messages arrived");
            }
            return new Result(sizes.size(), bytes, (last[0] - start) / 1e9);
        }
    }
}
