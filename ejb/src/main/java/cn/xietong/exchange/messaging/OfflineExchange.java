package cn.xietong.exchange.messaging;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.exchange.application.BlobStore;
import cn.xietong.exchange.application.CertificateChainStore;
import cn.xietong.exchange.application.InboxService;
import cn.xietong.exchange.application.ThisPlatform;
import cn.xietong.exchange.format.ExchangeFormatException;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.ManifestFile;
import cn.xietong.exchange.format.PackageManifest;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.Transfer;
import cn.xietong.exchange.format.TransferCodec;
import cn.xietong.exchange.format.TransferFile;
import cn.xietong.exchange.model.ExchangePackage;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.crypto.Sm2Signature;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Exchange on media (介质交换) for a unit without a connection: the sending clerk exports a package as
 * a transfer file; a clerk or the platform administrator at the other end imports it. An imported
 * file goes through the same queue and the same checks as a package that came over the network —
 * a tampered, forged or already-received package is refused and recorded like any other.
 */
@Stateless
public class OfflineExchange {

    /** Larger files are refused before reading them into a message. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /** What an import queued. */
    public record Imported(UUID transferId, int packages, int receipts, int notices) {
    }

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private BlobStore blobs;

    @Inject
    private CertificateChainStore chains;

    @Inject
    private JMSContext jms;

    @Resource(lookup = OutboxDispatcher.INBOUND)
    private Queue inbound;

    @Inject
    private AuditLog audit;

    @Inject
    private InboxService inbox;

    /** The package as a transfer file, for the sending unit's clerk. */
    public byte[] export(Caller caller, UUID packageId) {
        if (!caller.has(Role.CLERK) && !caller.has(Role.UNIT_ADMIN)) {
            throw DomainException.forbidden("exchange.export.role", "只有本单位的文书/收发员或单位管理员可以导出交换包。");
        }
        ExchangePackage p = em.find(ExchangePackage.class, packageId);
        if (p == null || !caller.belongsTo(p.getSenderUnitId())) {
            throw DomainException.notFound("exchange.package.not-found", "本单位没有发出过这个交换包。");
        }
        PackageManifest m = ExchangeXml.readManifest(p.getManifest());
        List<TransferFile> files = new ArrayList<>();
        for (ManifestFile f : m.files()) {
            files.add(new TransferFile(f.sm3(), blobs.bytes(f.sm3()).orElseThrow(() -> DomainException.conflict(
                    "exchange.export.file-missing", "交换包的文件已不在本平台：" + f.name()))));
        }
        SignedDocument signed = new SignedDocument(p.getManifest(), Sm2Signature.fromDer(p.getSignature()),
                chains.chain(p.getChainSm3(), p.getCertificateChain()));
        audit.record(AuditEvent.of("exchange.exported").by(caller.personId(), caller.name(), caller.unitId())
                .on("exchange-package", packageId).detail("导出交换包文件（介质交换）：发往 " + p.getAddresseeName()));
        return TransferCodec.encode(new Transfer(UUID.randomUUID(), ThisPlatform.code(), List.of(signed), List.of(),
                List.of(), files));
    }

    /**
     * The receipt (回执) last issued for a package in the caller's inbox, as a transfer file: for a package
     * that came on media from a platform with no connection, whose receipts can only go back the same way.
     * Imported at the sender's platform, it is verified and applied like a receipt that came over the network.
     */
    public byte[] exportReceipt(Caller caller, UUID incomingId) {
        InboxService.IssuedReceipt receipt = inbox.lastReceipt(caller, incomingId);
        audit.record(AuditEvent.of("exchange.receipt-exported").by(caller.personId(), caller.name(), caller.unitId())
                .on("incoming-package", incomingId).detail("导出回执文件（介质交换）：" + receipt.outcome().label() + "，交换包编号 "
                        + receipt.packageId() + "，发文单位 " + receipt.senderName()));
        return TransferCodec.encode(new Transfer(UUID.randomUUID(), ThisPlatform.code(), List.of(), List.of(receipt.signed()),
                List.of(), List.of()));
    }

    /** Queues a transfer file for the same checks and handling as one received over the network. */
    public Imported importFile(Caller caller, byte[] bytes) {
        if (!caller.has(Role.CLERK) && !caller.isPlatformAdmin()) {
            throw DomainException.forbidden("exchange.import.role", "只有文书/收发员或平台管理员可以导入交换包文件。");
        }
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid("exchange.import.empty", "请上传交换包文件。");
        }
        if (bytes.length > MAX_BYTES) {
            throw DomainException.invalid("exchange.import.too-large", "交换包文件超过 " + (MAX_BYTES >> 20) + " MB，不能导入。");
        }
        Transfer t;
        try {
            t = TransferCodec.decode(bytes);
        } catch (ExchangeFormatException e) {
            throw DomainException.invalid("exchange.import.format", "这不是有效的交换包文件：" + e.getMessage());
        }
        try {
            BytesMessage message = jms.createBytesMessage();
            message.writeBytes(bytes);
            message.setStringProperty(OutboxDispatcher.FROM_PLATFORM, ThisPlatform.MEDIA);
            message.setIntProperty(OutboxDispatcher.ITEMS, t.packages().size() + t.receipts().size() + t.notices().size());
            jms.createProducer().send(inbound, message);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot queue the imported transfer: " + e.getMessage(), e);
        }
        audit.record(AuditEvent.of("exchange.imported").by(caller.personId(), caller.name(), caller.unitId())
                .on("transfer", t.transferId()).detail("导入交换包文件（介质交换）：交换包 " + t.packages().size() + " 个，回执 "
                        + t.receipts().size() + " 个，通知 " + t.notices().size() + " 个，" + bytes.length + " 字节"));
        return new Imported(t.transferId(), t.packages().size(), t.receipts().size(), t.notices().size());
    }
}
