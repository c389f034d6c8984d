package cn.xietong.document.application;

import cn.xietong.document.model.OfficialPdf;
import jakarta.persistence.EntityManager;

import java.util.Optional;
import java.util.UUID;

/** Finding a document's official PDF: the newest stage there is. */
public final class OfficialPdfs {

    private OfficialPdfs() {
    }

    public static Optional<OfficialPdf> latest(EntityManager em, UUID documentId) {
        return em.createQuery("select p from OfficialPdf p where p.documentId = :d order by p.createdAt desc",
                        OfficialPdf.class).setParameter("d", documentId).setMaxResults(1).getResultList().stream().findFirst();
    }
}
