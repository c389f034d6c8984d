package cn.xietong.document.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.document.model.DocumentNumber;
import cn.xietong.document.model.NormativeForms;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Unit;
import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.DocumentKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's document settings, kept by its unit administrator: the mandatory forms of a normative
 * document (规范性文件) and the organ code (机关代字) of each kind's numbers. Everyone in the unit
 * reads them.
 */
@Stateless
public class DocumentSettingsService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /** One kind's organ code and whether it is the default (the unit's short name). */
    public record OrganCode(DocumentKind kind, String code, boolean isDefault) {
    }

    public List<String> normativeForms(Caller caller) {
        return normativeFormsOf(caller.unitId());
    }

    public List<String> setNormativeForms(Caller caller, List<String> forms) {
        caller.requireUnitAdminOf(caller.unitId());
        List<String> checked = NormativeForms.checked(forms);
        String stored = NormativeForms.store(checked);
        int updated = em.createNativeQuery("update doc_unit_settings set normative_forms = ?1 where unit_id = ?2")
                .setParameter(1, stored).setParameter(2, caller.unitId()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into doc_unit_settings (unit_id, normative_forms) values (?1, ?2)")
                    .setParameter(1, caller.unitId()).setParameter(2, stored).executeUpdate();
        }
        audit.record(AuditEvent.of("document.settings.normative-forms").by(caller.personId(), caller.name(), caller.unitId())
                .on("unit", caller.unitId()).detail("规范性文件必备附件：" + (checked.isEmpty() ? "（无）" : String.join("、", checked))));
        return checked;
    }

    /** The unit's mandatory forms for normative documents; the defaults when it has set none. */
    public List<String> normativeFormsOf(UUID unitId) {
        List<?> rows = em.createNativeQuery("select normative_forms from doc_unit_settings where unit_id = ?1")
                .setParameter(1, unitId).getResultList();
        return rows.isEmpty() ? NormativeForms.DEFAULT : NormativeForms.read((String) rows.get(0));
    }

    public List<OrganCode> organCodes(Caller caller) {
        return organCodesOf(caller.unitId());
    }

    /**
     * Sets the organ codes of the kinds named (code or Chinese name → code); a blank code returns the
     * kind to the default. Kinds not named keep theirs.
     */
    public List<OrganCode> setOrganCodes(Caller caller, Map<String, String> codes) {
        caller.requireUnitAdminOf(caller.unitId());
        if (codes == null || codes.isEmpty()) {
            throw DomainException.invalid("document.organ-codes.missing",
                    "请提供要设置的机关代字，如 {\"LETTER\": \"南府办函\"}（留空恢复为单位的机关代字）。");
        }
        Map<DocumentKind, String> checked = new LinkedHashMap<>();
        codes.forEach((k, v) -> checked.put(DocumentKind.of(k),
                v == null || v.isBlank() ? null : DocumentNumber.requireOrganCode(v)));
        checked.forEach((kind, code) -> {
            em.createNativeQuery("delete from doc_organ_code where unit_id = ?1 and kind = ?2")
                    .setParameter(1, caller.unitId()).setParameter(2, kind.name()).executeUpdate();
            if (code != null) {
                em.createNativeQuery("insert into doc_organ_code (unit_id, kind, organ_code) values (?1, ?2, ?3)")
                        .setParameter(1, caller.unitId()).setParameter(2, kind.name()).setParameter(3, code).executeUpdate();
            }
        });
        StringBuilder detail = new StringBuilder("机关代字：");
        checked.forEach((k, v) -> detail.append(k.chineseName()).append("→").append(v == null ? "（默认）" : v).append("；"));
        audit.record(AuditEvent.of("document.settings.organ-codes").by(caller.personId(), caller.name(), caller.unitId())
                .on("unit", caller.unitId()).detail(detail.toString()));
        return organCodesOf(caller.unitId());
    }

    List<OrganCode> organCodesOf(UUID unitId) {
        Unit unit = em.find(Unit.class, unitId);
        Map<DocumentKind, String> set = new EnumMap<>(DocumentKind.class);
        for (Object row : em.createNativeQuery("select kind, organ_code from doc_organ_code where unit_id = ?1")
                .setParameter(1, unitId).getResultList()) {
            Object[] r = (Object[]) row;
            DocumentKind kind = DocumentKind.find((String) r[0]);
            if (kind != null) {
                set.put(kind, (String) r[1]);
            }
        }
        return java.util.Arrays.stream(DocumentKind.values())
                .map(k -> set.containsKey(k) ? new OrganCode(k, set.get(k), false)
                        : new OrganCode(k, unit.getShortName().value(), true))
                .toList();
    }

    /** The organ code of a kind's numbers in the unit. */
    String organCodeFor(UUID unitId, DocumentKind kind) {
        return organCodesOf(unitId).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow().code();
    }
}
