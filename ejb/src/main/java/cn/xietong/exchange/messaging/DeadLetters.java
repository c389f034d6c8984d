package cn.xietong.exchange.messaging;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * Exchange messages that failed five times (死信): the platform administrator lists them and sends
 * one back to the exchange queue once the cause is fixed, or discards it. Both are audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadLetters {

    /** A dead letter as the administrator sees it. */
    public record DeadLetter(String id, String originalQueue, String fromPlatform, int items, long bytes,
                             Instant sentAt, int deliveryCount) {
    }

    private static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory factory;

    @Resource(lookup = "java:/jms/queue/DLQ")
    private Queue deadLetterQueue;

    @Resource(lookup = OutboxDispatcher.INBOUND)
    private Queue inbound;

    @Inject
    private AuditLog audit;

    public List<DeadLetter> list(Caller caller) {
        caller.requirePlatformAdmin();
        List<DeadLetter> found = new ArrayList<>();
        try (Connection c = factory.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = s.createBrowser(deadLetterQueue);
            Enumeration<?> e = browser.getEnumeration();
            while (e.hasMoreElements() && found.size() < 500) {
                Message m = (Message) e.nextElement();
                String original = m.getStringProperty(ORIGINAL_ADDRESS);
                if (original == null || !original.contains("XietongExchange")) {
                    continue;
                }
                long size = m instanceof BytesMessage b ? b.getBodyLength() : 0;
                int items = m.propertyExists(OutboxDispatcher.ITEMS) ? m.getIntProperty(OutboxDispatcher.ITEMS) : 0;
                found.add(new DeadLetter(m.getJMSMessageID(), original, m.getStringProperty(OutboxDispatcher.FROM_PLATFORM),
                        items, size, Instant.ofEpochMilli(m.getJMSTimestamp()),
                        m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0));
            }
            return found;
        } catch (JMSException ex) {
            throw new IllegalStateException("cannot browse the dead-letter queue: " + ex.getMessage(), ex);
        }
    }

    /** Moves the dead letter back to the exchange queue, for another five attempts. */
    public void retry(Caller caller, String messageId) {
        move(caller, messageId, true);
    }

    /** Discards the dead letter (its packages never arrive; the sender's tracking keeps showing 已发送). */
    public void discard(Caller caller, String messageId) {
        move(caller, messageId, false);
    }

    private void move(Caller caller, String messageId, boolean retry) {
        caller.requirePlatformAdmin();
        if (messageId == null || !messageId.matches("ID:[0-9A-Za-z-]{1,100}")) {
            throw DomainException.invalid("exchange.dead-letter.id", "死信编号格式不正确（应为 ID:… ）。");
        }
        try (Connection c = factory.createConnection()) {
            c.start();
            Session s = c.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = s.createConsumer(deadLetterQueue, "JMSMessageID = '" + messageId + "'");
            Message m = consumer.receive(2000);
            if (m == null) {
                throw DomainException.notFound("exchange.dead-letter.not-found", "死信队列中没有这条消息（可能已被处理）。");
            }
            if (retry) {
                BytesMessage copy = s.createBytesMessage();
                byte[] body = new byte[(int) ((BytesMessage) m).getBodyLength()];
                ((BytesMessage) m).readBytes(body);
                copy.writeBytes(body);
                copy.setStringProperty(OutboxDispatcher.FROM_PLATFORM, m.getStringProperty(OutboxDispatcher.FROM_PLATFORM));
                if (m.propertyExists(OutboxDispatcher.ITEMS)) {
                    copy.setIntProperty(OutboxDispatcher.ITEMS, m.getIntProperty(OutboxDispatcher.ITEMS));
                }
                MessageProducer producer = s.createProducer(inbound);
                producer.send(copy);
            }
            s.commit();
        } catch (JMSException ex) {
            throw new IllegalStateException("cannot move the dead letter: " + ex.getMessage(), ex);
        }
        audit.recordSeparately(AuditEvent.of(retry ? "exchange.dead-letter.retried" : "exchange.dead-letter.discarded")
                .by(caller.personId(), caller.name(), caller.unitId()).on("jms-message", messageId)
                .detail(retry ? "死信重新投递到交换队列" : "死信已丢弃"));
    }
}
