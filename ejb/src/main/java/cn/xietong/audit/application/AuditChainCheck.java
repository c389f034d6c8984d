package cn.xietong.audit.application;

import cn.xietong.audit.model.AuditEntry;
import cn.xietong.audit.model.AuditHead;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Walks the audit chain and says whether it is whole: every entry's hash recomputes, each links to
 * the one before, sequence numbers have no gaps, and the head points at the last entry.
 */
@Stateless
public class AuditChainCheck {

    private static final int PAGE = 5_000;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    public record Result(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
    }

    public Result verify() {
        String expectedPrev = "0".repeat(64);
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery(
                            "select e from AuditEntry e where e.seq >= :from order by e.seq", AuditEntry.class)
                    .setParameter("from", expectedSeq).setMaxResults(PAGE).getResultList();
            for (AuditEntry e : page) {
                if (e.seq() != expectedSeq) {
                    return new Result(false, checked, expectedSeq, "第" + expectedSeq + "条记录缺失（序号不连续）");
                }
                if (!e.prevHash().equals(expectedPrev)) {
                    return new Result(false, checked, e.seq(), "第" + e.seq() + "条记录与前一条的链接不符");
                }
                if (!e.hash().equals(e.computeHash())) {
                    return new Result(false, checked, e.seq(), "第" + e.seq() + "条记录的内容被改动（SM3 不符）");
                }
                expectedPrev = e.hash();
                expectedSeq++;
                checked++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        AuditHead head = em.find(AuditHead.class, 1);
        if (head.seq() != checked || !head.hash().equals(expectedPrev)) {
            return new Result(false, checked, checked + 1, "链尾记录缺失：链头指向第" + head.seq() + "条，实际只有" + checked + "条");
        }
        return new Result(true, checked, null, null);
    }
}
