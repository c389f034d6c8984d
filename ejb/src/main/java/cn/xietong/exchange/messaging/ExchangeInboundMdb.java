package cn.xietong.exchange.messaging;

import cn.xietong.exchange.application.InboundExchange;
import cn.xietong.exchange.application.MalformedTransfers;
import cn.xietong.exchange.format.ExchangeFormatException;
import cn.xietong.exchange.format.Transfer;
import cn.xietong.exchange.format.TransferCodec;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives transfers for the units hosted here (and receipts and notices for what they sent), one
 * transaction per message: everything it carries is verified and applied, or nothing is, and the
 * message comes back. After five failed attempts Artemis moves it to the dead-letter queue, where the
 * platform administrator sees it and can retry it. A transfer that cannot even be decoded is not
 * retried: it is recorded as refused.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = OutboxDispatcher.INBOUND),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class ExchangeInboundMdb implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ExchangeInboundMdb.class.getName());

    @Inject
    private InboundExchange inbound;

    @Inject
    private MalformedTransfers malformed;

    @Resource
    private MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        String from;
        byte[] bytes;
        try {
            from = message.getStringProperty(OutboxDispatcher.FROM_PLATFORM);
            if (!(message instanceof BytesMessage body)) {
                malformed.record(from, "消息不是交换传输格式（BytesMessage）：" + message.getClass().getSimpleName());
                return;
            }
            bytes = new byte[(int) body.getBodyLength()];
            body.readBytes(bytes);
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "Cannot read an exchange message; it will be redelivered", e);
            context.setRollbackOnly();
            return;
        }
        Transfer transfer;
        try {
            transfer = TransferCodec.decode(bytes);
        } catch (ExchangeFormatException e) {
            malformed.record(from, "交换传输格式错误：" + e.getMessage());
            return;
        }
        inbound.process(transfer, from == null || from.isBlank() ? transfer.fromPlatform() : from);
    }
}
