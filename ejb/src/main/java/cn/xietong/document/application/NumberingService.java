package cn.xietong.document.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.document.model.DocumentNumber;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.NumberRegisterEntry;
import cn.xietong.document.model.NumberStatus;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.application.Page;
import cn.xietong.organisation.application.PageRequest;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Numbering (编号): a unit's clerks give a draft its document number 机关代字〔年份〕序号号 and void
 * numbers (空号) with a reason; everyone who keeps the register reads it.
 *
 * <p>Numbers come from one counter row per unit, organ code and year. The transaction that numbers a
 * draft locks that row ({@code SELECT … FOR UPDATE}), takes the next serial, writes it to the draft
 * and the register and commits all together — so concurrent clerks get distinct consecutive numbers,
 * a failed numbering leaves no gap, and a voided number is never given out again (the counter only
 * moves forward). A new year starts a new row at 1.
 */
@Stateless
public class NumberingService {

    /** The calendar the year of a number follows. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /**
     * Numbers the draft. {@code year} is the number's year: the current one when null; the previous
     * (numbering a document of last year in January) or the next (December) on purpose.
     */
    public NumberRegisterEntry assign(Caller caller, UUID draftId, Integer year) {
        Draft draft = DocumentAccess.readable(em, caller, draftId, true);
        requireClerk(caller);
        if (draft.getNumberText() != null) {
            throw DomainException.conflict("document.number.already-assigned",
                    "该公文已编号为“" + draft.getNumberText() + "”；如需重新编号，请先作废原编号。");
        }
        int numberYear = year(year);
        String organCode = UnitDocumentSettings.organCodeFor(em, draft.getUnitId(), draft.getKind());
        DocumentNumber number = new DocumentNumber(organCode, numberYear, nextSerial(draft.getUnitId(), organCode, numberYear));
        draft.assignNumber(number);
        NumberRegisterEntry entry = new NumberRegisterEntry(draft.getUnitId(), number, draft.getKind(), draft,
                caller.name(), Instant.now());
        em.persist(entry);
        audit.record(AuditEvent.of("document.number.assigned").by(caller.personId(), caller.name(), caller.unitId())
                .on("document", draftId).detail("编号 " + number + "（" + draft.getKind().chineseName() + "《" + draft.getTitle()
                        + "》），内容SM3 " + draft.getContentSm3()));
        return entry;
    }

    /**
     * Voids the draft's number (空号) with a reason; the draft may be changed and numbered again,
     * and then gets a new number after the last one given out.
     */
    public NumberRegisterEntry voidNumber(Caller caller, UUID draftId, String reason) {
        Draft draft = DocumentAccess.readable(em, caller, draftId, true);
        requireClerk(caller);
        if (draft.getNumberText() == null) {
            throw DomainException.conflict("document.number.not-assigned", "该公文尚未编号，没有可作废的编号。");
        }
        List<NumberRegisterEntry> entries = em.createQuery("select e from NumberRegisterEntry e where e.draftId = :d"
                + " and e.status = :s", NumberRegisterEntry.class)
                .setParameter("d", draftId).setParameter("s", NumberStatus.ASSIGNED).getResultList();
        if (entries.isEmpty()) {
            throw new IllegalStateException("draft " + draftId + " has number " + draft.getNumberText() + " but no register entry");
        }
        NumberRegisterEntry entry = entries.get(0);
        entry.voidWith(reason, caller.name(), Instant.now());
        draft.clearNumber();
        audit.record(AuditEvent.of("document.number.voided").by(caller.personId(), caller.name(), caller.unitId())
                .on("document", draftId).detail("作废编号 " + entry.number() + "，原因：" + entry.getVoidReason() + "；内容SM3 " + draft.getContentSm3()));
        return entry;
    }

    /**
     * The unit's register for a year (the current one when null): every number given out, in use
     * or voided, by organ code and serial.
     */
    public Page<NumberRegisterEntry> register(Caller caller, Integer year, PageRequest page) {
        caller.requireAnyRole(Role.CLERK, Role.LEADER, Role.UNIT_ADMIN, Role.RECORDS_OFFICER);
        int y = year == null ? LocalDate.now(ZONE).getYear() : year;
        List<NumberRegisterEntry> items = em.createQuery("select e from NumberRegisterEntry e where e.unitId = :u"
                        + " and e.numberYear = :y order by e.organCode, e.serial", NumberRegisterEntry.class)
                .setParameter("u", caller.unitId()).setParameter("y", y)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(e) from NumberRegisterEntry e where e.unitId = :u and e.numberYear = :y", Long.class)
                .setParameter("u", caller.unitId()).setParameter("y", y).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Creates a counter at 0 unless it exists; never fails on a concurrent creation. */
    static final String CREATE_COUNTER = "insert into doc_number_counter (unit_id, organ_code, number_year, last_serial)"
            + " values (?1, ?2, ?3, 0) on conflict do nothing";
    /** Reads and locks a counter until the transaction ends. */
    static final String LOCK_COUNTER = "select last_serial from doc_number_counter"
            + " where unit_id = ?1 and organ_code = ?2 and number_year = ?3 for update";
    static final String ADVANCE_COUNTER = "update doc_number_counter set last_serial = ?4"
            + " where unit_id = ?1 and organ_code = ?2 and number_year = ?3";

    /** Locks the counter (creating it at 0 the first time), advances it and returns the new serial. */
    private int nextSerial(UUID unitId, String organCode, int year) {
        em.createNativeQuery(CREATE_COUNTER)
                .setParameter(1, unitId).setParameter(2, organCode).setParameter(3, year).executeUpdate();
        Number last = (Number) em.createNativeQuery(LOCK_COUNTER)
                .setParameter(1, unitId).setParameter(2, organCode).setParameter(3, year).getSingleResult();
        int next = last.intValue() + 1;
        if (next > DocumentNumber.MAX_SERIAL) {
            throw DomainException.conflict("document.number.exhausted",
                    organCode + year + "年的发文顺序号已用完（" + DocumentNumber.MAX_SERIAL + "）。");
        }
        em.createNativeQuery(ADVANCE_COUNTER)
                .setParameter(1, unitId).setParameter(2, organCode).setParameter(3, year).setParameter(4, next)
                .executeUpdate();
        return next;
    }

    private static void requireClerk(Caller caller) {
        if (!caller.has(Role.CLERK)) {
            throw DomainException.forbidden("document.number.clerk-only", "只有本单位的文书可以编号或作废编号。");
        }
    }

    private static int year(Integer requested) {
        int now = LocalDate.now(ZONE).getYear();
        if (requested == null) {
            return now;
        }
        if (Math.abs(requested - now) > 1) {
            throw DomainException.invalid("document.number.year-out-of-range",
                    "编号年度只能是今年（" + now + "）、上一年或下一年，收到的是" + requested + "。");
        }
        return requested;
    }
}
