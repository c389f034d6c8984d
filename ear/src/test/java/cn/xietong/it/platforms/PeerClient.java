package cn.xietong.it.platforms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

/**
 * A plain Artemis JMS client on a platform's exchange port, the way a peer platform's bridge reaches
 * it: TLS with a platform's exchange key (its client certificate) and a peer account. For tests that
 * need to see what the broker lets in, and for the plain-JMS side of the benchmark.
 */
public final class PeerClient implements AutoCloseable {

    private final ActiveMQConnectionFactory factory;
    private final Connection connection;

    private PeerClient(ActiveMQConnectionFactory factory, Connection connection) {
        this.factory = factory;
        this.connection = connection;
    }

    /**
     * Connects to {@code target}'s exchange port presenting {@code identity}'s TLS key, trusting
     * exactly {@code target}'s certificate, signing in as {@code user}.
     */
    public static PeerClient connect(ServerProcess target, ServerProcess identity, String user, String password) throws Exception {
        return connect(target, identity.tls(), user, password);
    }

    /** The same with any key folder (key.p12 and its password file, as exchange-peers.sh makes them). */
    public static PeerClient connect(ServerProcess target, Path keyFolder, String user, String password) throws Exception {
        String storePassword = Files.readString(keyFolder.resolve("password")).trim();
        Path trustStore = trustStoreOf(target);
        String url = "tcp://127.0.0.1:" + target.exchangePort() + "?sslEnabled=true&verifyHost=false"
                + "&keyStorePath=" + keyFolder.resolve("key.p12") + "&keyStorePassword=" + storePassword + "&keyStoreType=PKCS12"
                + "&trustStorePath=" + trustStore + "&trustStorePassword=" + TRUST_PASSWORD + "&trustStoreType=PKCS12"
                + "&enable1xPrefixes=true&reconnectAttempts=0&initialConnectAttempts=1&callTimeout=30000";
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        try {
            Connection connection = factory.createConnection(user, password);
            connection.start();
            return new PeerClient(factory, connection);
        } catch (JMSException | RuntimeException e) {
            factory.close();
            throw e;
        }
    }

    private static final String TRUST_PASSWORD = "trust-only";

    /** A trust store with the target's exchange certificate alone (target/platforms/trust-<code>.p12). */
    private static Path trustStoreOf(ServerProcess target) throws Exception {
        Path store = ServerProcess.HOME.resolve("trust-" + target.code() + ".p12");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (var in = Files.newInputStream(target.certificate())) {
            ks.setCertificateEntry(target.code(), CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        try (var out = Files.newOutputStream(store)) {
            ks.store(out, TRUST_PASSWORD.toCharArray());
        }
        return store;
    }

    /**
     * Sends one persistent message with Artemis' duplicate-detection id to a queue (by its JMS name),
     * in a transaction of its own. False when the broker refused it as a duplicate — in a transacted
     * session Artemis refuses the send and the transaction with it, so a sender that puts many
     * messages in one transaction must, on this answer, find out which of them were new.
     */
    public boolean send(String queue, String duplicateId, byte[] body) throws JMSException {
        try (Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(body);
            m.setStringProperty("_AMQ_DUPL_ID", duplicateId);
            try {
                producer.send(m);
                session.commit();
                return true;
            } catch (JMSException e) {
                if (isDuplicate(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ActiveMQDuplicateIdException) {
                return true;
            }
        }
        return false;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws JMSException {
        try {
            connection.close();
        } finally {
            factory.close();
        }
    }
}
