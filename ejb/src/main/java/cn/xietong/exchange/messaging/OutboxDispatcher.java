package cn.xietong.exchange.messaging;

import cn.xietong.exchange.application.ExchangeRouting;
import cn.xietong.exchange.application.ThisPlatform;
import cn.xietong.exchange.application.OutboxFilled;
import cn.xietong.exchange.model.OutboxMessage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.DeliveryMode;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds to Jakarta Messaging, after the transactions that wrote it committed:
 * at once when told ({@link OutboxFilled}), and every few seconds for whatever is left (after a
 * restart, or while a peer's queue is missing). Messages are sent in a transacted session, many per
 * commit, each with Artemis' duplicate-detection id set to the outbox row's id; the rows are deleted
 * only after the commit. A crash in between re-sends ids that Artemis drops.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    /** JNDI name of the queue for units hosted here. */
    public static final String INBOUND = "java:/jms/queue/xietong/exchange/inbound";
    /** JNDI name prefix of the queue bridged to peer platform {@code code}. */
    public static final String TO_PEER = "java:/jms/queue/xietong/exchange/to/";
    /** Message properties. */
    public static final String FROM_PLATFORM = "xietongFrom";
    public static final String ITEMS = "xietongItems";
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 20;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory factory;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private OutboxStore store;

    private final ReentrantLock sending = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Map<String, Queue> queues = new HashMap<>();
    private Connection connection;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        executor.submit(this::dispatch);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        sending.lock();
        try {
            closeConnection();
        } finally {
            sending.unlock();
        }
    }

    /** After a transaction that wrote to the outbox committed. */
    public void onFilled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxFilled filled) {
        if (again.compareAndSet(false, true)) {
            executor.submit(this::dispatch);
        }
    }

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    void sweep() {
        dispatch();
    }

    /** Sends until the outbox is empty (or holds only messages for unreachable platforms). */
    public void dispatch() {
        if (!sending.tryLock()) {
            again.set(true);
            return;
        }
        try {
            again.set(false);
            List<String> unreachable = new ArrayList<>();
            while (!stopping) {
                List<OutboxMessage> batch = store.next(BATCH, unreachable);
                if (batch.isEmpty()) {
                    if (again.getAndSet(false)) {
                        continue;
                    }
                    return;
                }
                long started = System.nanoTime();
                List<UUID> sent = sendOrSplit(batch, unreachable);
                long jms = System.nanoTime();
                if (!sent.isEmpty()) {
                    store.sent(sent);
                }
                LOG.info(() -> String.format("Exchange outbox: %d transfers sent in %d ms (JMS %d ms)", sent.size(),
                        (System.nanoTime() - started) / 1_000_000, (jms - started) / 1_000_000));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange outbox: sending failed; will retry", e);
            closeConnection();
        } finally {
            sending.unlock();
        }
    }

    /**
     * Sends the batch in one transaction. If the broker refuses it because one of its ids was sent
     * before (the server stopped after the JMS commit and before the outbox rows were deleted), each
     * message is sent on its own: a refused duplicate is already at the broker and counts as sent.
     */
    private List<UUID> sendOrSplit(List<OutboxMessage> batch, List<String> unreachable) {
        try {
            return send(batch, unreachable);
        } catch (IllegalStateException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            List<UUID> sent = new ArrayList<>();
            for (OutboxMessage m : batch) {
                try {
                    sent.addAll(send(List.of(m), unreachable));
                } catch (IllegalStateException one) {
                    if (!isDuplicate(one)) {
                        throw one;
                    }
                    LOG.info(() -> "Exchange outbox: transfer " + m.getId() + " was already sent before a restart;"
                            + " the broker keeps the first copy");
                    sent.add(m.getId());
                }
            }
            return sent;
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t.getClass().getSimpleName() + " " + t.getMessage();
            if (text.contains("DuplicateId") || text.contains("uplicate message")) {
                return true;
            }
        }
        return false;
    }

    private List<UUID> send(List<OutboxMessage> batch, List<String> unreachable) {
        List<UUID> sent = new ArrayList<>();
        try {
            Session session = session();
            try {
                Map<String, MessageProducer> producers = new HashMap<>();
                for (OutboxMessage m : batch) {
                    Queue queue = queue(m.getPlatformCode());
                    if (queue == null) {
                        if (!unreachable.contains(m.getPlatformCode())) {
                            unreachable.add(m.getPlatformCode());
                            LOG.warning(() -> "Exchange outbox: no queue for platform '" + m.getPlatformCode()
                                    + "' (" + TO_PEER + m.getPlatformCode() + "); its messages wait in the outbox");
                        }
                        continue;
                    }
                    MessageProducer producer = producers.computeIfAbsent(m.getPlatformCode(), p -> {
                        try {
                            MessageProducer created = session.createProducer(queue);
                            created.setDeliveryMode(DeliveryMode.PERSISTENT);
                            return created;
                        } catch (JMSException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    BytesMessage message = session.createBytesMessage();
                    message.writeBytes(m.getPayload());
                    message.setStringProperty(DUPLICATE_ID, m.getId().toString());
                    message.setStringProperty(FROM_PLATFORM, ThisPlatform.code());
                    message.setIntProperty(ITEMS, m.getItemCount());
                    producer.send(message);
                    sent.add(m.getId());
                }
                session.commit();
            } finally {
                session.close();
            }
            return sent;
        } catch (JMSException | IllegalStateException e) {
            throw new IllegalStateException("cannot send exchange transfers: " + e.getMessage(), e);
        }
    }

    private Session session() throws JMSException {
        if (connection == null) {
            connection = factory.createConnection();
            connection.start();
        }
        return connection.createSession(true, Session.SESSION_TRANSACTED);
    }

    private Queue queue(String platformCode) {
        String name = platformCode.equals(ThisPlatform.code()) ? INBOUND : TO_PEER + platformCode;
        Queue q = queues.get(name);
        if (q == null) {
            try {
                q = (Queue) new InitialContext().lookup(name);
                queues.put(name, q);
            } catch (NamingException e) {
                return null;
            }
        }
        return q;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException ignored) {
                // already broken
            }
            connection = null;
        }
    }
}
