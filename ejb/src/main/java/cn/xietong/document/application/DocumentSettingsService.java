package cn.xietong.document.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.document.model.DocumentNumber;
import cn.xietong.document.model.NormativeForms;
import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.DocumentKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    public List<UnitDocumentSettings.OrganCode> organCodes(Caller caller) {
        return organCodesOf(caller.unitId());
    }

    /**
     * Sets the organ codes of the kinds named (code or Chinese name → code); a blank code returns the
     * kind to the default. Kinds not named keep theirs.
     */
    public List<UnitDocumentSettings.OrganCode> setOrganCodes(Caller caller, Map<String, String> codes) {
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

    List<UnitDocumentSettings.OrganCode> organCodesOf(UUID unitId) {
        return UnitDocumentSettings.organCodes(em, unitId);
    }

    List<String> normativeFormsOf(UUID unitId) {
        return UnitDocumentSettings.normativeForms(em, unitId);
    }
}
