package cn.xietong.exchange.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.document.application.NumberingService;
import cn.xietong.document.application.OfficialPdfs;
import cn.xietong.document.model.Attachment;
import cn.xietong.document.model.AttachmentContent;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.DraftContent;
import cn.xietong.document.model.OfficialPdf;
import cn.xietong.document.model.UnitRef;
import cn.xietong.document.model.Urgency;
import cn.xietong.exchange.application.ExchangeRouting.Destination;
import cn.xietong.exchange.application.UnitExchangeKeys.UnitSigner;
import cn.xietong.exchange.format.AddresseeRole;
import cn.xietong.exchange.format.ExchangeSigning;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.FileRole;
import cn.xietong.exchange.format.ManifestFile;
import cn.xietong.exchange.format.PackageManifest;
import cn.xietong.exchange.format.Party;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.TransferFile;
import cn.xietong.exchange.model.ExchangePackage;
import cn.xietong.exchange.model.PackageState;
import cn.xietong.exchange.model.SentDocument;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Unit;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.workflow.model.DocumentKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Distribution (分发): a sealed, numbered document becomes one signed exchange package per addressee
 * unit (主送 and 抄送, plus any further units the clerk names), each written with the transfer that
 * will carry it into the outbox, all in the caller's transaction. A rolled-back distribution sends
 * nothing; a committed one is sent by the dispatcher, whatever happens to the server afterwards.
 */
@Stateless
public class DistributionService {

    /** An addressee the clerk adds by credit code, with its role. */
    public record Addressee(String uscc, AddresseeRole role) {
    }

    /** What a distribution produced. */
    public record Distribution(UUID documentId, int packages, int local, int remote, List<String> skipped) {
    }

    private static final Set<PackageState> ACTIVE = EnumSet.of(PackageState.QUEUED, PackageState.SENT,
            PackageState.DELIVERED, PackageState.RECALLING, PackageState.ACCEPTED);

    private static final int FLUSH_EVERY = 500;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private ExchangeRouting routing;

    @Inject
    private UnitExchangeKeys unitKeys;

    @Inject
    private BlobStore blobs;

    @Inject
    private CertificateChainStore chains;

    @Inject
    private OutboxWriter outbox;

    @Inject
    private AuditLog audit;

    /**
     * Distributes the document to its 主送 and 抄送 units and to {@code more}. Units that already have
     * the document (not returned, recalled or failed) are skipped and named in the result.
     */
    public Distribution distribute(Caller caller, UUID documentId, List<Addressee> more) {
        return distribute(caller, documentId, more, false);
    }

    /**
     * As the route's 分发 step: a document whose only addressee is its own unit (an internal notice)
     * completes the step with nothing to exchange.
     */
    public Distribution distributeAtStep(Caller caller, UUID documentId, List<Addressee> more) {
        return distribute(caller, documentId, more, true);
    }

    private Distribution distribute(Caller caller, UUID documentId, List<Addressee> more, boolean atStep) {
        // locked: two distributions of one document (two clerks at once) run one after the other, so the
        // second sees what the first sent and skips those units
        Draft draft = em.find(Draft.class, documentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw DomainException.notFound("document.not-found", "找不到该公文。");
        }
        if (!caller.belongsTo(draft.getUnitId())) {
            throw DomainException.forbidden("exchange.distribute.not-own-unit", "只能分发本单位的公文。");
        }
        OfficialPdf sealed = OfficialPdfs.latest(em, documentId)
                .filter(p -> p.getStage() == OfficialPdf.Stage.SEALED)
                .orElseThrow(() -> DomainException.conflict("exchange.distribute.not-sealed",
                        "公文尚未用印，不能分发：请先完成排版和用印。"));
        DraftContent content = draft.content();
        Map<String, AddresseeRole> wanted = addressees(content, more);
        Unit sender = em.find(Unit.class, draft.getUnitId());
        wanted.remove(sender.getUscc().value());
        Map<String, Destination> found = routing.resolve(wanted.keySet());
        List<String> unknown = wanted.keySet().stream().filter(u -> !found.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("exchange.distribute.unknown-unit",
                    "以下统一社会信用代码既不是本平台的单位，也不在路由表中，无法分发：" + String.join("、", unknown.stream().limit(20).toList())
                            + (unknown.size() > 20 ? " 等 " + unknown.size() + " 个" : "") + "。请核对代码，或请平台管理员添加路由。");
        }
        Set<String> already = alreadyHave(documentId);
        List<String> skipped = new ArrayList<>();
        List<Destination> targets = new ArrayList<>();
        for (String uscc : wanted.keySet()) {
            if (already.contains(uscc)) {
                skipped.add(found.get(uscc).name());
            } else {
                targets.add(found.get(uscc));
            }
        }
        if (targets.isEmpty() && atStep && skipped.isEmpty()) {
            audit.record(AuditEvent.of("exchange.distributed").by(caller.personId(), caller.name(), caller.unitId())
                    .on("document", documentId).detail("分发：" + draft.getNumberText() + "《" + draft.getTitle()
                            + "》只发本单位，无需交换"));
            return new Distribution(documentId, 0, 0, 0, List.of());
        }
        if (targets.isEmpty()) {
            throw DomainException.conflict("exchange.distribute.nothing",
                    skipped.isEmpty() ? "公文没有主送或抄送单位，无法分发：请在分发时指定收文单位。"
                            : "所选单位都已收到本公文（未退回、未撤回），无需重复分发。");
        }

        Instant now = Instant.now();
        List<ManifestFile> files = new ArrayList<>();
        List<TransferFile> fileBytes = new ArrayList<>();
        String base = (draft.getNumberText() == null ? "" : draft.getNumberText() + " ") + draft.getTitle();
        byte[] pdf = sealed.getPdf();
        files.add(new ManifestFile(fileName(base) + ".pdf", FileRole.BODY, "application/pdf", blobs.put(pdf), pdf.length));
        fileBytes.add(new TransferFile(Sm3Digest.fromHex(sealed.getSm3()), pdf));
        for (Attachment a : em.createQuery("select a from Attachment a where a.draftId = :d order by a.uploadedAt",
                Attachment.class).setParameter("d", documentId).getResultList()) {
            byte[] bytes = em.find(AttachmentContent.class, a.getId()).bytes();
            Sm3Digest sm3 = blobs.put(bytes);
            files.add(new ManifestFile(a.getFileName(), FileRole.ATTACHMENT, a.mediaType(), sm3, bytes.length));
            fileBytes.add(new TransferFile(sm3, bytes));
        }

        UnitSigner signer = unitKeys.of(sender);
        String chain = chains.keep(signer.chain());
        Party from = new Party(sender.getUscc().value(), sender.getName());
        LocalDate date = content.writtenDate() != null ? content.writtenDate()
                : LocalDate.ofInstant(sealed.getCreatedAt(), NumberingService.ZONE);
        String kind = kindName(content.kind());
        String urgency = content.urgency() == Urgency.NONE ? null : content.urgency().chineseName();
        List<PackageManifest> manifests = targets.stream().map(t -> new PackageManifest(UUID.randomUUID(),
                draft.getNumberText(), draft.getTitle(), kind, urgency, from, new Party(t.uscc(), t.name()),
                wanted.get(t.uscc()), date, now, files)).toList();
        Map<String, List<Integer>> byPlatform = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            byPlatform.computeIfAbsent(targets.get(i).platformCode(), k -> new ArrayList<>()).add(i);
        }
        int local = 0;
        for (Map.Entry<String, List<Integer>> e : byPlatform.entrySet()) {
            boolean here = e.getKey().equals(ThisPlatform.code());
            List<Integer> indexes = e.getValue();
            // signed a transfer's worth at a time, on the pool and by this thread, while this thread writes
            // the transfers already signed: the signing of 18,000 packages and their rows overlap
            SigningAhead<SignedDocument> ahead = new SigningAhead<>(indexes.size(), OutboxWriter.ITEMS_PER_TRANSFER,
                    k -> ExchangeSigning.sign(ExchangeXml.write(manifests.get(indexes.get(k))), signer.signer(), signer.chain()));
            List<ExchangePackage> unflushed = new ArrayList<>(FLUSH_EVERY);
            for (int c = 0; c < ahead.chunks(); c++) {
                List<SignedDocument> docs = ahead.chunk(c);
                UUID transferId = outbox.packages(e.getKey(), docs, here ? List.of() : fileBytes).get(0);
                for (int j = 0; j < docs.size(); j++) {
                    int i = indexes.get(c * OutboxWriter.ITEMS_PER_TRANSFER + j);
                    Destination t = targets.get(i);
                    SignedDocument signed = docs.get(j);
                    ExchangePackage p = new ExchangePackage(manifests.get(i).packageId(), documentId, sender.getId(),
                            from.uscc(), t.uscc(), t.name(), wanted.get(t.uscc()).name(), t.platformCode(),
                            draft.getNumberText(), draft.getTitle(), signed.xml(), signed.signature().toDer(), chain,
                            signed.digest().toString(), transferId, caller.personId(), now);
                    em.persist(p);
                    unflushed.add(p);
                    if (unflushed.size() == FLUSH_EVERY) {
                        // written and let go: later flushes do not walk thousands of packages already inserted
                        em.flush();
                        unflushed.forEach(em::detach);
                        unflushed.clear();
                    }
                }
            }
            if (here) {
                local += indexes.size();
            }
        }
        if (em.find(SentDocument.class, documentId) == null) {
            em.persist(new SentDocument(documentId, sender.getId(), draft.getNumberText(), draft.getTitle(), now));
        }
        new SentCounts().added(documentId, PackageState.QUEUED, targets.size()).write(em, now);
        audit.record(AuditEvent.of("exchange.distributed").by(caller.personId(), caller.name(), caller.unitId())
                .on("document", documentId).detail("分发：" + draft.getNumberText() + "《" + draft.getTitle() + "》至 "
                        + targets.size() + " 个单位（本平台 " + local + "，其他平台 " + (targets.size() - local) + "），正式文件 SM3 "
                        + sealed.getSm3() + (skipped.isEmpty() ? "" : "；已收到而跳过 " + skipped.size() + " 个")));
        return new Distribution(documentId, targets.size(), local, targets.size() - local, skipped);
    }

    private Map<String, AddresseeRole> addressees(DraftContent content, List<Addressee> more) {
        Map<String, AddresseeRole> wanted = new LinkedHashMap<>();
        List<UUID> main = content.mainAddressees().stream().map(UnitRef::id).toList();
        List<UUID> copied = content.copiedAddressees().stream().map(UnitRef::id).toList();
        Map<UUID, String> codes = new java.util.HashMap<>();
        List<UUID> ids = new ArrayList<>(main);
        ids.addAll(copied);
        if (!ids.isEmpty()) {
            for (Unit u : em.createQuery("select u from Unit u where u.id in :ids", Unit.class).setParameter("ids", ids)
                    .getResultList()) {
                codes.put(u.getId(), u.getUscc().value());
            }
        }
        main.stream().map(codes::get).filter(c -> c != null).forEach(c -> wanted.put(c, AddresseeRole.MAIN));
        copied.stream().map(codes::get).filter(c -> c != null).forEach(c -> wanted.putIfAbsent(c, AddresseeRole.COPY));
        for (Addressee a : more == null ? List.<Addressee>of() : more) {
            if (a == null || a.uscc() == null || a.uscc().isBlank()) {
                throw DomainException.invalid("exchange.distribute.uscc-missing", "收文单位的统一社会信用代码不能为空。");
            }
            String code = a.uscc().strip().toUpperCase(java.util.Locale.ROOT);
            AddresseeRole role = a.role() == null ? AddresseeRole.MAIN : a.role();
            if (role == AddresseeRole.MAIN) {
                wanted.put(code, role);
            } else {
                wanted.putIfAbsent(code, role);
            }
        }
        return wanted;
    }

    private Set<String> alreadyHave(UUID documentId) {
        return new HashSet<>(em.createQuery("select p.addresseeUscc from ExchangePackage p where p.documentId = :d"
                        + " and p.state in :active", String.class)
                .setParameter("d", documentId).setParameter("active", ACTIVE).getResultList());
    }

    static String kindName(DocumentKind kind) {
        return kind == DocumentKind.ORDER ? "命令" : kind.chineseName();
    }

    private static String fileName(String text) {
        String cleaned = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 150 ? cleaned.substring(0, 150) : cleaned;
    }
}
