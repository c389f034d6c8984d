package cn.xietong.workflow.model;

import cn.xietong.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A document's run through one version of its unit's template: which step is active (or
 * {@link Task#DRAFTER_STEP} when it is back with the drafter), how many step activations there have
 * been (each activation's tasks carry its number), and the countersign signers the drafter chose
 * at submit. Every operation locks this row first, so operations on one document run one at a time.
 */
@Entity
@Table(name = "wf_instance")
public class ProcessInstance {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private UUID templateId;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "drafter_id", nullable = false, updatable = false)
    private UUID drafterId;

    @Column(name = "drafter_name", nullable = false, updatable = false, length = 50)
    private String drafterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private InstanceState state;

    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @Column(name = "activation", nullable = false)
    private int activation;

    @Column(name = "chosen_signers", length = 4000, updatable = false)
    private String chosenSigners;

    @Column(name = "history_count", nullable = false)
    private int historyCount;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ProcessInstance() {
    }

    /** A countersign signer chosen at submit: a department or a person, for a step. */
    public record ChosenSigner(int step, boolean department, UUID id) {
        String encode() {
            return step + ":" + (department ? "D" : "P") + ":" + id;
        }

        static ChosenSigner decode(String s) {
            String[] p = s.split(":");
            return new ChosenSigner(Integer.parseInt(p[0]), p[1].equals("D"), UUID.fromString(p[2]));
        }
    }

    public static final int TITLE_MAX = 200;

    public ProcessInstance(UUID unitId, ProcessTemplate template, UUID documentId, String title,
                           UUID drafterId, String drafterName, List<ChosenSigner> signers, Instant now) {
        if (documentId == null) {
            throw DomainException.invalid("workflow.instance.document-missing", "请提供公文编号（documentId）。");
        }
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("workflow.instance.title-missing", "请提供公文标题（title）。");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw DomainException.invalid("workflow.instance.title-too-long", "公文标题过长（最多 " + TITLE_MAX + " 个字）。");
        }
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.templateId = template.getId();
        this.templateVersion = template.getTemplateVersion();
        this.kind = template.getKind();
        this.documentId = documentId;
        this.title = title.strip();
        this.drafterId = drafterId;
        this.drafterName = drafterName;
        this.state = InstanceState.RUNNING;
        this.currentStep = Task.DRAFTER_STEP;
        this.chosenSigners = signers.isEmpty() ? null
                : String.join(";", signers.stream().map(ChosenSigner::encode).toList());
        this.startedAt = now;
    }

    /** Makes {@code step} the active step; its new tasks carry the new activation number. */
    public void activate(int step) {
        requireRunning();
        currentStep = step;
        activation++;
    }

    /** Back to {@code step} without a new activation: a withdrawal reopens a task of that step's round. */
    public void resumeAt(int step) {
        requireRunning();
        currentStep = step;
    }

    public void complete(Instant now) {
        requireRunning();
        state = InstanceState.COMPLETED;
        endedAt = now;
        activation++;
    }

    public void cancel(Instant now) {
        requireRunning();
        state = InstanceState.CANCELLED;
        endedAt = now;
    }

    public void requireRunning() {
        if (state != InstanceState.RUNNING) {
            throw DomainException.conflict("workflow.instance.not-running",
                    "该公文的流程" + state.chineseName() + "，不能再办理。");
        }
    }

    public boolean isRunning() {
        return state == InstanceState.RUNNING;
    }

    /** The signers the drafter chose for {@code step}. */
    public List<ChosenSigner> signersFor(int step) {
        List<ChosenSigner> found = new ArrayList<>();
        if (chosenSigners != null) {
            for (String s : chosenSigners.split(";")) {
                ChosenSigner c = ChosenSigner.decode(s);
                if (c.step() == step) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    public int nextHistoryPosition() {
        return ++historyCount;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public String getTitle() {
        return title;
    }

    public UUID getDrafterId() {
        return drafterId;
    }

    public String getDrafterName() {
        return drafterName;
    }

    public InstanceState getState() {
        return state;
    }

    public int getCurrentStep() {
        return currentStep;
    }

    public int getActivation() {
        return activation;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
