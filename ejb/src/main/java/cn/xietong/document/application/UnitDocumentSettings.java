package cn.xietong.document.application;

import cn.xietong.document.model.NormativeForms;
import cn.xietong.organisation.model.Unit;
import cn.xietong.workflow.model.DocumentKind;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a unit's document settings for the services of this package (no access check here: the
 * calling service has done it): the mandatory forms of normative documents and the organ codes.
 */
public final class UnitDocumentSettings {

    /** One kind's organ code (机关代字) and whether it is the default (the unit's short name). */
    public record OrganCode(DocumentKind kind, String code, boolean isDefault) {
    }

    private UnitDocumentSettings() {
    }

    /** The unit's mandatory forms for normative documents; the defaults when it has set none. */
    static List<String> normativeForms(EntityManager em, UUID unitId) {
        List<?> rows = em.createNativeQuery("select normative_forms from doc_unit_settings where unit_id = ?1")
                .setParameter(1, unitId).getResultList();
        return rows.isEmpty() ? NormativeForms.DEFAULT : NormativeForms.read((String) rows.get(0));
    }

    /** Every kind's organ code in the unit: the one set for it, else the unit's short name. */
    static List<OrganCode> organCodes(EntityManager em, UUID unitId) {
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
        return Arrays.stream(DocumentKind.values())
                .map(k -> set.containsKey(k) ? new OrganCode(k, set.get(k), false)
                        : new OrganCode(k, unit.getShortName().value(), true))
                .toList();
    }

    static String organCodeFor(EntityManager em, UUID unitId, DocumentKind kind) {
        return organCodes(em, unitId).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow().code();
    }
}
