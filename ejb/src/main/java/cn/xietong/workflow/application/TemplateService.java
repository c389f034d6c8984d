package cn.xietong.workflow.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.Unit;
import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.DocumentKind;
import cn.xietong.workflow.model.ProcessDefinition;
import cn.xietong.workflow.model.ProcessTemplate;
import cn.xietong.workflow.model.TemplateJson;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit's process templates, one per document kind, versioned. Until a unit imports its own, the
 * built-in default of the kind applies (version 0); the first instance started on it stores it as
 * version 1 so that the instance refers to a version that never changes. Only the unit's
 * administrators list, read, export and import templates.
 */
@Stateless
public class TemplateService {

    /** Stored versions never change, so their parsed definitions are kept. */
    private static final Map<UUID, ProcessDefinition> DEFINITIONS = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private WorkflowPeople people;

    @EJB
    private AuditLog audit;

    public List<Views.TemplateSummary> list(Caller caller) {
        requireUnitAdmin(caller);
        List<Views.TemplateSummary> out = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            ProcessTemplate t = latest(caller.unitId(), kind);
            if (t == null) {
                ProcessDefinition d = ProcessDefinition.defaultFor(kind);
                out.add(new Views.TemplateSummary(kind.name(), kind.chineseName(), 0, true, d.name(), d.size(), null, null));
            } else {
                out.add(new Views.TemplateSummary(kind.name(), kind.chineseName(), t.getTemplateVersion(), false,
                        t.getName(), definition(t).size(), t.getCreatedByName(), t.getCreatedAt()));
            }
        }
        return out;
    }

    public Views.TemplateView get(Caller caller, DocumentKind kind) {
        requireUnitAdmin(caller);
        ProcessTemplate t = latest(caller.unitId(), kind);
        if (t == null) {
            ProcessDefinition d = ProcessDefinition.defaultFor(kind);
            return view(d, 0, true);
        }
        return view(definition(t), t.getTemplateVersion(), false);
    }

    /** The template as JSON, ready to edit and import again. */
    public String export(Caller caller, DocumentKind kind) {
        return get(caller, kind).json();
    }

    /** Validates the JSON against the rules and the unit (departments, people) and stores it as the next version. */
    public Views.TemplateView importTemplate(Caller caller, DocumentKind kind, String json) {
        requireUnitAdmin(caller);
        ProcessDefinition d = TemplateJson.read(json, kind, people.unitContext(caller.unitId()));
        lockUnit(caller.unitId());
        ProcessTemplate latest = latest(caller.unitId(), kind);
        int version = latest == null ? 1 : latest.getTemplateVersion() + 1;
        ProcessTemplate t = new ProcessTemplate(caller.unitId(), version, d, caller.personId(), caller.name());
        em.persist(t);
        audit.record(AuditEvent.of("workflow.template.imported").by(caller.personId(), caller.name(), caller.unitId())
                .on("workflow-template", t.getId())
                .detail(kind.chineseName() + " 第 " + version + " 版：" + d.name() + "（" + d.size() + " 个步骤）"));
        return view(d, version, false);
    }

    /** The version a new instance of {@code kind} in the unit starts on, storing the built-in default if need be. */
    public ProcessTemplate forNewInstance(UUID unitId, DocumentKind kind) {
        ProcessTemplate t = latest(unitId, kind);
        if (t != null) {
            return t;
        }
        lockUnit(unitId);
        t = latest(unitId, kind);
        if (t == null) {
            t = new ProcessTemplate(unitId, 1, ProcessDefinition.defaultFor(kind), null, "系统默认");
            em.persist(t);
        }
        return t;
    }

    public ProcessDefinition definition(UUID templateId) {
        ProcessDefinition d = DEFINITIONS.get(templateId);
        if (d == null) {
            d = definition(em.find(ProcessTemplate.class, templateId));
        }
        return d;
    }

    private ProcessDefinition definition(ProcessTemplate t) {
        return DEFINITIONS.computeIfAbsent(t.getId(), id -> t.definition());
    }

    private ProcessTemplate latest(UUID unitId, DocumentKind kind) {
        List<ProcessTemplate> found = em.createQuery("select t from ProcessTemplate t where t.unitId = :u and t.kind = :k "
                        + "order by t.templateVersion desc", ProcessTemplate.class)
                .setParameter("u", unitId).setParameter("k", kind).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Serialises version numbering within a unit (two imports at once get consecutive versions). */
    private void lockUnit(UUID unitId) {
        if (em.find(Unit.class, unitId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw DomainException.notFound("workflow.unit.not-found", "找不到您所在的单位。");
        }
    }

    private static Views.TemplateView view(ProcessDefinition d, int version, boolean builtIn) {
        return new Views.TemplateView(d.kind().name(), d.kind().chineseName(), version, builtIn, d.name(),
                Views.StepView.of(d), TemplateJson.write(d, version));
    }

    private static void requireUnitAdmin(Caller caller) {
        if (!caller.has(Role.UNIT_ADMIN)) {
            throw DomainException.forbidden("workflow.template.unit-admin-only",
                    "只有本单位的单位管理员才能查看和管理流程模板。");
        }
    }
}
