package cn.xietong.document.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.document.model.Attachment;
import cn.xietong.document.model.AttachmentContent;
import cn.xietong.document.model.AttachmentLimits;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.FileType;
import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A draft's attachments (附件): upload (type checked by content, size limited, SM3 digest kept),
 * list, download the exact bytes, remove. Mandatory forms of normative documents are attachments
 * that say which form they are.
 */
@Stateless
public class AttachmentService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    private final AttachmentLimits limits = AttachmentLimits.DEFAULT;

    /** An attachment with its bytes, for a download. */
    public record File(Attachment attachment, byte[] bytes) {
    }

    /**
     * Reads the upload (at most the per-file limit and one byte: a larger one is refused with 413
     * after the rest is read and thrown away), checks its type and the limits, stores it.
     */
    public Attachment attach(Caller caller, UUID draftId, String name, String form, InputStream upload) {
        Draft draft = DocumentAccess.editable(em, caller, draftId);
        if (draft.getNumberText() != null) {
            throw DomainException.conflict("document.numbered-frozen",
                    "该公文已编号（" + draft.getNumberText() + "），附件不能再增删；如确需修改，请由文书先作废该编号。");
        }
        String fileName = Attachment.fileName(name);
        String formName = form(draft, form);
        Read read = read(upload, limits.perFile());
        long already = em.createQuery("select coalesce(sum(a.size), 0) from Attachment a where a.draftId = :d", Long.class)
                .setParameter("d", draftId).getSingleResult();
        limits.check(fileName, read.size, already);
        if (read.size == 0) {
            throw DomainException.invalid("document.attachment.empty", "附件“" + fileName + "”是空文件，请选择有内容的文件。");
        }
        FileType type = FileType.check(fileName, read.bytes);
        String sm3 = Sm3Digest.of(read.bytes).toString();
        Attachment attachment = new Attachment(draftId, fileName, type, read.size, sm3, formName,
                caller.personId(), caller.name(), Instant.now());
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), read.bytes));
        audit.record(AuditEvent.of("document.attachment.added").by(caller.personId(), caller.name(), caller.unitId())
                .on("document", draftId).detail("附件“" + fileName + "”" + (formName == null ? "" : "（" + formName + "）")
                        + "，" + read.size + "字节，SM3 " + sm3));
        return attachment;
    }

    public List<Attachment> list(Caller caller, UUID draftId) {
        DocumentAccess.readable(em, caller, draftId, false);
        return em.createQuery("select a from Attachment a where a.draftId = :d order by a.uploadedAt, a.id", Attachment.class)
                .setParameter("d", draftId).getResultList();
    }

    public File download(Caller caller, UUID draftId, UUID attachmentId) {
        DocumentAccess.readable(em, caller, draftId, false);
        Attachment a = find(draftId, attachmentId);
        return new File(a, em.find(AttachmentContent.class, attachmentId).bytes());
    }

    public void remove(Caller caller, UUID draftId, UUID attachmentId) {
        Draft draft = DocumentAccess.editable(em, caller, draftId);
        if (draft.getNumberText() != null) {
            throw DomainException.conflict("document.numbered-frozen",
                    "该公文已编号（" + draft.getNumberText() + "），附件不能再增删；如确需修改，请由文书先作废该编号。");
        }
        Attachment a = find(draftId, attachmentId);
        em.remove(em.find(AttachmentContent.class, attachmentId));
        em.remove(a);
        audit.record(AuditEvent.of("document.attachment.removed").by(caller.personId(), caller.name(), caller.unitId())
                .on("document", draftId).detail("删除附件“" + a.getFileName() + "”，" + a.getSize() + "字节，SM3 " + a.getSm3()));
    }

    private Attachment find(UUID draftId, UUID attachmentId) {
        Attachment a = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (a == null || !a.getDraftId().equals(draftId)) {
            throw DomainException.notFound("document.attachment.not-found", "这份公文没有该附件（编号 " + attachmentId + "）。");
        }
        return a;
    }

    /** The declared form, which must be one of the unit's mandatory forms; null for an ordinary attachment. */
    private String form(Draft draft, String form) {
        if (form == null || form.isBlank()) {
            return null;
        }
        List<String> forms = UnitDocumentSettings.normativeForms(em, draft.getUnitId());
        String f = form.strip();
        if (!forms.contains(f)) {
            throw DomainException.invalid("document.attachment.form-unknown",
                    "“" + f + "”不是本单位规定的规范性文件必备附件。" + (forms.isEmpty() ? "本单位未规定必备附件。"
                            : "可选：" + String.join("、", forms) + "。"));
        }
        return f;
    }

    private record Read(byte[] bytes, long size) {
    }

    /** Up to {@code limit} bytes kept; beyond it only counted, so the size in a refusal is true. */
    private static Read read(InputStream in, long limit) {
        if (in == null) {
            return new Read(new byte[0], 0);
        }
        try (in) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (total + n <= limit) {
                    kept.write(buffer, 0, n);
                }
                total += n;
            }
            return new Read(total <= limit ? kept.toByteArray() : null, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
