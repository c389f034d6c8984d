package cn.xietong.exchange.application;

import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.Transfer;
import cn.xietong.exchange.format.TransferCodec;
import cn.xietong.exchange.format.TransferFile;
import cn.xietong.exchange.model.OutboxMessage;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes transfers into the outbox, in the caller's transaction: at most {@link #ITEMS_PER_TRANSFER}
 * signed items per message, so a large fan-out is a few dozen messages. The dispatcher sends them
 * after the commit ({@link OutboxFilled}).
 */
@Stateless
public class OutboxWriter {

    /** Items (packages, receipts, notices) per transfer message. */
    public static final int ITEMS_PER_TRANSFER = 200;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private Event<OutboxFilled> filled;

    /** Writes packages for one platform; returns each package's transfer id, in order. */
    public List<UUID> packages(String platformCode, List<SignedDocument> packages, List<TransferFile> files) {
        List<UUID> transferIds = new ArrayList<>(packages.size());
        for (int from = 0; from < packages.size(); from += ITEMS_PER_TRANSFER) {
            List<SignedDocument> chunk = packages.subList(from, Math.min(packages.size(), from + ITEMS_PER_TRANSFER));
            UUID id = write(platformCode, new Transfer(UUID.randomUUID(), ThisPlatform.code(), List.copyOf(chunk),
                    List.of(), List.of(), files));
            for (int i = 0; i < chunk.size(); i++) {
                transferIds.add(id);
            }
        }
        return transferIds;
    }

    /**
     * Writes receipts for one platform. Receipts for {@link ThisPlatform#MEDIA} are not written: nothing
     * could send them. The inbox entry keeps the last one, which its clerk exports as a file.
     */
    public void receipts(String platformCode, List<SignedDocument> receipts) {
        if (ThisPlatform.MEDIA.equals(platformCode)) {
            return;
        }
        for (int from = 0; from < receipts.size(); from += ITEMS_PER_TRANSFER) {
            write(platformCode, new Transfer(UUID.randomUUID(), ThisPlatform.code(), List.of(),
                    List.copyOf(receipts.subList(from, Math.min(receipts.size(), from + ITEMS_PER_TRANSFER))), List.of(), List.of()));
        }
    }

    /** Writes notices (recall, urge) for one platform. */
    public void notices(String platformCode, List<SignedDocument> notices) {
        for (int from = 0; from < notices.size(); from += ITEMS_PER_TRANSFER) {
            write(platformCode, new Transfer(UUID.randomUUID(), ThisPlatform.code(), List.of(), List.of(),
                    List.copyOf(notices.subList(from, Math.min(notices.size(), from + ITEMS_PER_TRANSFER))), List.of()));
        }
    }

    private UUID write(String platformCode, Transfer transfer) {
        int items = transfer.packages().size() + transfer.receipts().size() + transfer.notices().size();
        em.persist(new OutboxMessage(transfer.transferId(), platformCode, TransferCodec.encode(transfer), items, Instant.now()));
        filled.fire(new OutboxFilled(platformCode));
        return transfer.transferId();
    }
}
