package cn.xietong.document.infrastructure;

import cn.xietong.document.model.Classification;
import cn.xietong.document.model.Direction;
import cn.xietong.document.model.Disclosure;
import cn.xietong.document.model.DocumentNumber;
import cn.xietong.document.model.DraftContent;
import cn.xietong.document.model.UnitRef;
import cn.xietong.document.model.Urgency;
import cn.xietong.organisation.model.Role;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.workflow.application.WorkflowSettings;
import cn.xietong.workflow.model.DocumentKind;
import cn.xietong.workflow.model.HistoryAction;
import cn.xietong.workflow.model.ProcessDefinition;
import cn.xietong.workflow.model.StepDefinition;
import cn.xietong.workflow.model.StepType;
import cn.xietong.workflow.model.TemplateJson;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Writes outgoing documents for benchmarks straight into the tables, as the application would have
 * left them: a draft with one revision (the content as {@link DraftContent} JSON and its SM3), a
 * workflow instance on the unit's default template of the kind with its tasks and history, and —
 * for documents past 编号 — the document number with its register line and counter. Most
 * documents are completed (办结); the newest {@code runningShare} are running with one open task at
 * a realistic step, assigned to the step's role (a quarter already claimed by a holder), so their
 * unit's people find them on their to-do lists. One unit (the focus unit, e.g. the demo city
 * office) gets {@code focusShare} of the documents so that its leader, reviewer and clerk are busy.
 *
 * <p>What is not written: the sign-off's SM2 signature and the official PDFs (a real one per
 * document would take the server hours); the loaded documents' history and numbers are complete.
 * Open tasks already past their deadline or idle are marked as notified, as the deadline sweep
 * would have left them. Rows go by COPY (PostgreSQL) or multi-row INSERTs (H2) in chunks of
 * {@value #CHUNK} documents ({@link #write}).
 */
public final class BenchmarkDocumentWriter {

    static final int CHUNK = 2_000;
    /** The tables a load writes to in bulk (wf_template gets a handful of rows: left as it is). */
    static final List<String> LOADED_TABLES = List.of("doc_draft", "doc_revision", "doc_number_register", "wf_instance",
            "wf_task", "wf_history");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration COMPLETED_SPAN = Duration.ofDays(730);
    private static final Duration RUNNING_SPAN = Duration.ofDays(14);

    private static final DocumentKind[] KINDS = {DocumentKind.NOTICE, DocumentKind.LETTER, DocumentKind.REQUEST,
            DocumentKind.REPORT, DocumentKind.OPINION, DocumentKind.BULLETIN, DocumentKind.REPLY};
    private static final int[] KIND_WEIGHTS = {45, 25, 8, 8, 6, 5, 3};
    /** Where a running document waits: -1 back with the drafter, else a step index of the default route. */
    private static final int[] RUNNING_STEPS = {-1, 0, 2, 3, 4, 5, 6};
    private static final int[] RUNNING_WEIGHTS = {5, 30, 25, 10, 10, 10, 10};
    private static final String[] TOPICS = {"做好冬季安全生产工作", "开展营商环境优化提升行动", "加强防汛抗旱工作", "做好年度预算编制工作",
            "推进数字政府建设", "开展政务公开工作自查", "加强安全保密管理", "做好节假日值班值守工作", "开展公文质量评查",
            "推进乡村振兴重点任务", "加强耕地保护", "做好重点项目调度", "开展消防安全专项整治", "加强食品安全监管",
            "做好高校毕业生就业工作", "推进垃圾分类", "开展档案规范化管理", "做好信访维稳工作", "加强政务服务热线管理",
            "做好城乡居民医保参保工作", "开展安全生产大检查", "推进老旧小区改造", "加强财政资金监管", "做好疫苗接种工作",
            "开展文明城市创建", "加强生态环境保护", "做好森林防火工作", "推进一网通办", "开展统计执法检查", "做好人口普查工作"};
    private static final String[] PARAGRAPHS = {
            "为切实做好相关工作，根据上级有关部署，结合本地实际，现就有关事项通知如下。",
            "一、提高思想认识。各单位要充分认识做好此项工作的重要性，切实加强组织领导，明确责任分工。",
            "二、突出工作重点。要聚焦关键环节，细化工作措施，确保各项任务按时保质完成。",
            "三、强化督促检查。要建立工作台账，定期调度进展情况，对工作不力的及时督促整改。",
            "四、及时报送情况。请于每月5日前将上月工作进展情况报送我单位综合科。"};

    private final Connection connection;
    private final Random random;
    private final int count;
    private final double runningShare;
    private final double focusShare;
    private final String focusLogin;
    private final Instant now = Instant.now();
    private final Duration stuckAfter = WorkflowSettings.stuckAfter();
    private final long idHigh = (System.currentTimeMillis() << 16) | 0x7000L;
    private long idCounter;

    private final List<UnitInfo> units = new ArrayList<>();
    private UnitInfo focus;
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, Boolean> counterExists = new HashMap<>();
    private final java.util.Set<String> countersChanged = new java.util.HashSet<>();
    private final Map<String, String> organCodes = new HashMap<>();
    private final Map<String, TemplateRef> templates = new HashMap<>();
    private final Map<DocumentKind, ProcessDefinition> definitions = new EnumMap<>(DocumentKind.class);
    private final Map<DocumentKind, String> defaultJson = new EnumMap<>(DocumentKind.class);

    private RowBatch drafts;
    private RowBatch revisions;
    private RowBatch register;
    private RowBatch instances;
    private RowBatch tasks;
    private RowBatch history;
    private RowBatch newTemplates;
    private int running;
    private int openTasks;
    private boolean bulk;
    private final StringBuilder phases = new StringBuilder();

    private record PersonInfo(UUID id, String name) {
    }

    private record TemplateRef(UUID id, int version) {
    }

    private static final class UnitInfo {
        final UUID id;
        final String name;
        final String shortName;
        final Map<Role, List<PersonInfo>> holders = new EnumMap<>(Role.class);

        UnitInfo(UUID id, String name, String shortName) {
            this.id = id;
            this.name = name;
            this.shortName = shortName;
        }

        List<PersonInfo> of(Role role) {
            return holders.getOrDefault(role, List.of());
        }
    }

    public BenchmarkDocumentWriter(Connection connection, int count, long seed, double runningShare, double focusShare,
                                   String focusLogin) {
        this.connection = connection;
        this.count = count;
        this.random = new Random(seed);
        this.runningShare = runningShare;
        this.focusShare = focusShare;
        this.focusLogin = focusLogin;
    }

    /**
     * Writes the documents. Reads the organisation, templates and counters on the writer's
     * connection and sends the rows on {@code sink}, chunk by chunk, from a task on {@code executor}
     * while the next chunk is being made. On PostgreSQL the rows go by COPY; when the documents to
     * add are at least as many as the documents already there, the tables' secondary indexes and
     * foreign keys are dropped first and created again at the end, all in one transaction on
     * {@code sink} (a failure leaves the tables as they were). Otherwise every chunk commits.
     */
    public BenchmarkDocumentsResult write(Connection sink, Executor executor) throws SQLException {
        long start = System.nanoTime();
        readOrganisation();
        for (DocumentKind k : KINDS) {
            ProcessDefinition d = ProcessDefinition.defaultFor(k);
            definitions.put(k, d);
            defaultJson.put(k, TemplateJson.write(d, null));
        }
        readTemplatesAndNumbers();
        boolean copy = RowBatch.canCopy(sink);
        bulk = copy && count >= existingDocuments();
        sink.setAutoCommit(false);
        DeferredConstraints deferred = null;
        if (bulk) {
            deferred = DeferredConstraints.of(sink, LOADED_TABLES);
            deferred.drop(sink);
        }
        int runningFrom = count - (int) Math.round(count * runningShare);
        int completedCount = Math.max(1, runningFrom);
        int runningCount = Math.max(1, count - runningFrom);
        drafts = new RowBatch(copy, "doc_draft", "id:u", "unit_id:u", "drafter_id:u", "drafter_name:s",
                "kind:s", "title:s", "content:s", "content_sm3:s", "revision_no:i", "created_at:t", "updated_at:t",
                "number_text:s", "version:l");
        revisions = new RowBatch(copy, "doc_revision", "id:u", "draft_id:u", "revision_no:i", "author_id:u",
                "author_name:s", "saved_at:t", "content:s", "content_sm3:s");
        register = new RowBatch(copy, "doc_number_register", "id:u", "unit_id:u", "organ_code:s",
                "number_year:i", "serial:i", "kind:s", "draft_id:u", "title:s", "status:s", "assigned_by_name:s",
                "assigned_at:t", "version:l");
        instances = new RowBatch(copy, "wf_instance", "id:u", "version:l", "unit_id:u", "template_id:u",
                "template_version:i", "kind:s", "document_id:u", "title:s", "drafter_id:u", "drafter_name:s", "state:s",
                "current_step:i", "activation:i", "history_count:i", "started_at:t", "ended_at:t");
        tasks = new RowBatch(copy, "wf_task", "id:u", "version:l", "instance_id:u", "document_id:u",
                "unit_id:u", "kind:s", "title:s", "drafter_name:s", "step_index:i", "step_type:s", "step_name:s",
                "activation:i", "seq:i", "assignee_person_id:u", "assignee_role:s", "assignee_label:s", "state:s",
                "acted_by_id:u", "acted_by_name:s", "opinion:s", "acted_at:t", "sent_from_task_id:u", "sent_by_name:s",
                "created_at:t", "due_at:t", "last_activity_at:t", "urge_count:i", "overdue_notified_at:t",
                "stuck_notified_at:t");
        history = new RowBatch(copy, "wf_history", "id:u", "instance_id:u", "position:i", "at:t", "action:s",
                "step_index:i", "step_name:s", "task_id:u", "actor_id:u", "actor_name:s", "opinion:s", "detail:s");
        newTemplates = new RowBatch(copy, "wf_template", "id:u", "unit_id:u", "kind:s", "template_version:i",
                "name:s", "definition:s", "created_by:u", "created_by_name:s", "created_at:t");
        ChunkPipeline pipeline = new ChunkPipeline(sink, executor, !bulk);
        try {
            for (int doc = 0; doc < count; doc++) {
                boolean isRunning = doc >= runningFrom;
                Instant when = isRunning
                        ? now.minus(RUNNING_SPAN).plus(scale(RUNNING_SPAN.minusHours(2), doc - runningFrom, runningCount))
                        : now.minus(COMPLETED_SPAN).plus(scale(COMPLETED_SPAN.minusDays(15), doc, completedCount));
                document(isRunning, when);
                boolean last = doc == count - 1;
                if ((doc + 1) % CHUNK == 0 || last) {
                    List<RowBatch.Rows> chunk = new ArrayList<>();
                    for (RowBatch b : new RowBatch[]{newTemplates, drafts, revisions, register, instances, tasks, history}) {
                        chunk.add(b.take());
                    }
                    if (!bulk || last) {
                        chunk.add(counterRows());
                    }
                    pipeline.send(chunk);
                }
            }
            long made = System.nanoTime();
            pipeline.finish();
            phases.append("rows made and sent ").append(ms(made - start)).append(" ms, last chunks written ")
                    .append(ms(System.nanoTime() - made)).append(" ms (writer busy ").append(pipeline.busyMillis()).append(" ms)");
        } catch (SQLException | RuntimeException e) {
            pipeline.abandon();
            throw e;
        }
        long restoring = System.nanoTime();
        if (deferred != null) {
            deferred.restore(sink);
            phases.append(", indexes and foreign keys created again ").append(ms(System.nanoTime() - restoring)).append(" ms");
        }
        sink.commit();
        long analyzing = System.nanoTime();
        analyze(sink);
        sink.commit();
        phases.append(", analyze ").append(ms(System.nanoTime() - analyzing)).append(" ms");
        Map<String, Integer> todo = openTasksOfUnit(connection, focus.id);
        return new BenchmarkDocumentsResult(count, running, (int) tasks.written(), openTasks, (int) history.written(),
                (int) register.written(), (int) newTemplates.written(), units.size(), focus.name, todo,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Where the time of the last {@link #write} went, for the log. */
    public String phases() {
        return (bulk ? "bulk load (indexes and foreign keys deferred): " : "load: ") + phases;
    }

    /** Whether the last {@link #write} dropped and recreated the indexes and foreign keys (a bulk load). */
    public boolean wasBulk() {
        return bulk;
    }

    private int existingDocuments() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from doc_draft")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Duration scale(Duration span, int i, int n) {
        return Duration.ofMillis((long) (span.toMillis() * (i / (double) n)));
    }

    // ---- one document ----

    private void document(boolean isRunning, Instant when) throws SQLException {
        UnitInfo unit = random.nextDouble() < focusShare ? focus : units.get(random.nextInt(units.size()));
        DocumentKind kind = KINDS[weighted(KIND_WEIGHTS)];
        TemplateRef template = template(unit, kind);
        if (template == null) {
            unit = focus;
            kind = DocumentKind.NOTICE;
            template = template(unit, kind);
        }
        ProcessDefinition def = definitions.get(kind);
        PersonInfo drafter = pick(unit.of(Role.DRAFTER));
        UnitInfo addressee = units.get(random.nextInt(units.size()));
        String title = unit.name + "关于" + TOPICS[random.nextInt(TOPICS.length)] + "的" + kind.chineseName();
        if (title.length() > 200) {
            title = title.substring(0, 200);
        }

        // Where the document is: completed, or waiting at step `at` (-1: back with the drafter).
        int at = isRunning ? runningStep(unit, def) : def.size();
        // The times of submission and of each approval; a running document's open task opens at `when`.
        List<Integer> route = new ArrayList<>();
        for (int s = 0; s < Math.min(at, def.size()); s++) {
            if (!def.step(s).chosenAtSubmit()) {
                route.add(s);
            }
        }
        int approvals = at == -1 ? 1 : route.size();
        Instant[] times = new Instant[approvals + 1];
        if (isRunning) {
            times[approvals] = when;
            for (int k = approvals - 1; k >= 0; k--) {
                times[k] = times[k + 1].minus(Duration.ofMinutes(30 + random.nextInt(8 * 60)));
            }
        } else {
            times[0] = when;
            for (int k = 1; k <= approvals; k++) {
                times[k] = times[k - 1].plus(Duration.ofMinutes(30 + random.nextInt(20 * 60)));
            }
        }
        Instant submitted = times[0];
        Instant created = submitted.minus(Duration.ofMinutes(20 + random.nextInt(3 * 24 * 60)));

        // The draft and its revision.
        UUID draftId = nextId();
        DraftContent content = content(unit, kind, title, addressee, LocalDate.ofInstant(submitted, CHINA));
        byte[] json = content.toJson().getBytes(StandardCharsets.UTF_8); // encoded once: for the SM3 and both rows
        String sm3 = Sm3Digest.of(json).toString();
        String numberText = null;
        int numberingStep = indexOf(def, StepType.NUMBERING);
        boolean numbered = at != -1 && numberingStep >= 0 && numberingStep < at;
        Instant numberedAt = null;
        if (numbered) {
            numberedAt = times[route.indexOf(numberingStep) + 1];
            String organ = organCodes.getOrDefault(unit.id + "/" + kind.name(), unit.shortName);
            int year = LocalDate.ofInstant(numberedAt, CHINA).getYear();
            String key = unit.id + "/" + organ + "/" + year;
            int serial = counters.merge(key, 1, Integer::sum);
            countersChanged.add(key);
            numberText = new DocumentNumber(organ, year, serial).format();
            PersonInfo clerk = actor(unit, Role.CLERK, drafter);
            register.add(nextId(), unit.id, organ, year, serial, kind.name(), draftId, title, "ASSIGNED", clerk.name,
                    numberedAt, 0L);
        }
        drafts.add(draftId, unit.id, drafter.id, drafter.name, kind.name(), title, json, sm3, 1, created, created,
                numberText, 0L);
        revisions.add(nextId(), draftId, 1, drafter.id, drafter.name, created, json, sm3);

        // The instance, its tasks and history, as the engine writes them.
        UUID instanceId = nextId();
        int position = 0;
        history.add(nextId(), instanceId, ++position, submitted, HistoryAction.SUBMITTED.name(), -1, "拟稿", null,
                drafter.id, drafter.name, null, "按“" + def.name() + "”（第 " + template.version + " 版）流转");
        UUID sentFrom = null;
        String sentBy = drafter.name;
        int activation = 0;
        int currentStep = -1;
        Instant ended = null;
        if (at == -1) {
            // Returned to the drafter at 核稿: the reviewer's task returned, the drafter's open.
            StepDefinition review = def.step(0);
            PersonInfo reviewer = actor(unit, review.assignees().get(0).role(), drafter);
            UUID returned = nextId();
            activation = 1;
            closedTask(returned, instanceId, draftId, unit, kind, title, drafter, 0, review, activation, null, drafter.name,
                    "RETURNED", reviewer, "请补充工作要求和时间安排后重新提交。", submitted, times[1]);
            history.add(nextId(), instanceId, ++position, times[1], HistoryAction.RETURNED.name(), 0, review.name(),
                    returned, reviewer.id, reviewer.name, "请补充工作要求和时间安排后重新提交。", "退回至“拟稿人”");
            activation = 2;
            openTask(instanceId, draftId, unit, kind, title, drafter, -1, null, "拟稿人修改", activation, returned,
                    reviewer.name, drafter, null, null, times[1]);
        } else {
            int k = 0;
            for (int s = 0; s < Math.min(at, def.size()); s++) {
                StepDefinition step = def.step(s);
                if (step.chosenAtSubmit()) {
                    history.add(nextId(), instanceId, ++position, times[k], HistoryAction.SKIPPED.name(), s, step.name(),
                            null, null, null, null, "未选择会签人，跳过会签");
                    continue;
                }
                activation++;
                PersonInfo who = actor(unit, step.assignees().get(0).role(), drafter);
                String opinion = switch (step.type()) {
                    case REVIEW -> "文稿规范，同意。";
                    case SIGN_OFF -> "同意印发。";
                    default -> null;
                };
                UUID taskId = nextId();
                closedTask(taskId, instanceId, draftId, unit, kind, title, drafter, s, step, activation, sentFrom, sentBy,
                        "APPROVED", who, opinion, times[k], times[k + 1]);
                history.add(nextId(), instanceId, ++position, times[k + 1], HistoryAction.APPROVED.name(), s, step.name(),
                        taskId, who.id, who.name, opinion, null);
                sentFrom = taskId;
                sentBy = who.name;
                currentStep = s;
                k++;
            }
            if (at >= def.size()) {
                activation++;
                ended = times[approvals];
                history.add(nextId(), instanceId, ++position, ended, HistoryAction.COMPLETED.name(), def.size(), "办结",
                        null, null, null, null, "流程办结");
            } else {
                activation++;
                currentStep = at;
                StepDefinition step = def.step(at);
                Role role = step.assignees().get(0).role();
                PersonInfo claimedBy = random.nextInt(4) == 0 ? pick(unit.of(role)) : null;
                openTask(instanceId, draftId, unit, kind, title, drafter, at, step.type(), step.name(), activation, sentFrom,
                        sentBy, claimedBy, claimedBy == null ? role : null,
                        claimedBy == null ? step.assignees().get(0).describe() : null, times[approvals]);
            }
        }
        instances.add(instanceId, 0L, unit.id, template.id, template.version, kind.name(), draftId, title, drafter.id,
                drafter.name, isRunning ? "RUNNING" : "COMPLETED", currentStep, activation, position, submitted, ended);
        if (isRunning) {
            running++;
        }
    }

    private void closedTask(UUID id, UUID instanceId, UUID draftId, UnitInfo unit, DocumentKind kind, String title,
                            PersonInfo drafter, int stepIndex, StepDefinition step, int activation, UUID sentFrom,
                            String sentBy, String state, PersonInfo actor, String opinion, Instant opened, Instant acted)
            throws SQLException {
        Role role = step.assignees().get(0).role();
        Instant due = step.deadline() == null ? null : opened.plus(step.deadline());
        tasks.add(id, 1L, instanceId, draftId, unit.id, kind.name(), title, drafter.name, stepIndex, step.type().name(),
                step.name(), activation, 0, null, role.name(), step.assignees().get(0).describe(), state, actor.id, actor.name,
                opinion, acted, sentFrom, sentBy, opened, due, acted, 0, due != null && due.isBefore(acted) ? due : null, null);
    }

    private void openTask(UUID instanceId, UUID draftId, UnitInfo unit, DocumentKind kind, String title, PersonInfo drafter,
                          int stepIndex, StepType type, String stepName, int activation, UUID sentFrom, String sentBy,
                          PersonInfo person, Role role, String roleLabel, Instant opened) throws SQLException {
        StepDefinition step = stepIndex < 0 ? null : definitions.get(kind).step(stepIndex);
        Instant due = step == null || step.deadline() == null ? null : opened.plus(step.deadline());
        Instant overdueNotified = due != null && due.isBefore(now) ? due.plusSeconds(60) : null;
        Instant stuckAt = opened.plus(stuckAfter);
        Instant stuckNotified = stuckAt.isBefore(now) ? stuckAt.plusSeconds(60) : null;
        tasks.add(nextId(), 0L, instanceId, draftId, unit.id, kind.name(), title, drafter.name, stepIndex,
                type == null ? null : type.name(), stepName, activation, 0, person == null ? null : person.id,
                role == null ? null : role.name(), person != null ? person.name : roleLabel, "OPEN", null, null, null, null,
                sentFrom, sentBy, opened, due, opened, 0, overdueNotified, stuckNotified);
        openTasks++;
    }

    private int runningStep(UnitInfo unit, ProcessDefinition def) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int s = RUNNING_STEPS[weighted(RUNNING_WEIGHTS)];
            if (s == -1) {
                if (!unit.of(def.step(0).assignees().get(0).role()).isEmpty()) {
                    return s;
                }
                continue;
            }
            if (s < def.size() && !def.step(s).chosenAtSubmit() && !unit.of(def.step(s).assignees().get(0).role()).isEmpty()) {
                return s;
            }
        }
        return 0;
    }

    private DraftContent content(UnitInfo unit, DocumentKind kind, String title, UnitInfo addressee, LocalDate written) {
        Direction direction = switch (kind) {
            case REQUEST, REPORT -> Direction.UPWARD;
            case LETTER -> Direction.PARALLEL;
            default -> Direction.DOWNWARD;
        };
        StringBuilder body = new StringBuilder();
        int paragraphs = 2 + random.nextInt(PARAGRAPHS.length - 1);
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>").append(PARAGRAPHS[p]).append("</p>");
        }
        return new DraftContent(kind, direction, null, Classification.UNCLASSIFIED, Urgency.NONE, null, null, title,
                List.of(new UnitRef(addressee.id, addressee.name)), body.toString(), null, unit.name, written, null,
                List.of(), unit.name, written, Disclosure.PROACTIVE, null, Boolean.FALSE, false);
    }

    // ---- people, templates, numbers ----

    private PersonInfo actor(UnitInfo unit, Role role, PersonInfo fallback) {
        List<PersonInfo> holders = unit.of(role);
        if (holders.isEmpty()) {
            holders = unit.of(Role.LEADER);
        }
        return holders.isEmpty() ? fallback : pick(holders);
    }

    private PersonInfo pick(List<PersonInfo> people) {
        return people.get(random.nextInt(people.size()));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int indexOf(ProcessDefinition d, StepType type) {
        for (int i = 0; i < d.size(); i++) {
            if (d.step(i).type() == type) {
                return i;
            }
        }
        return -1;
    }

    /** The unit's template of the kind: its latest version if that is the built-in default, else a new version 1; null if the unit has its own. */
    private TemplateRef template(UnitInfo unit, DocumentKind kind) throws SQLException {
        String key = unit.id + "/" + kind.name();
        if (templates.containsKey(key)) {
            return templates.get(key);
        }
        TemplateRef t = new TemplateRef(nextId(), 1);
        ProcessDefinition d = definitions.get(kind);
        newTemplates.add(t.id, unit.id, kind.name(), 1, d.name(), defaultJson.get(kind), null, "系统默认", now);
        templates.put(key, t);
        return t;
    }

    private void readOrganisation() throws SQLException {
        Map<UUID, UnitInfo> byId = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select id, name, short_name from org_unit where active = true order by id")) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                byId.put(id, new UnitInfo(id, rs.getString(2), rs.getString(3)));
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select p.id, p.name, p.unit_id, r.role_name from org_person p "
                     + "join org_person_role r on r.person_id = p.id where p.active = true order by p.id, r.role_name")) {
            while (rs.next()) {
                UnitInfo u = byId.get(rs.getObject(3, UUID.class));
                Role role;
                try {
                    role = Role.valueOf(rs.getString(4));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (u != null && role != Role.PLATFORM_ADMIN) {
                    u.holders.computeIfAbsent(role, r -> new ArrayList<>()).add(new PersonInfo(rs.getObject(1, UUID.class),
                            rs.getString(2)));
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("select unit_id from org_person where username = ?")) {
            s.setString(1, focusLogin);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    focus = byId.get(rs.getObject(1, UUID.class));
                }
            }
        }
        for (UnitInfo u : byId.values()) {
            if (!u.of(Role.DRAFTER).isEmpty()) {
                units.add(u);
            }
        }
        if (focus == null || focus.of(Role.DRAFTER).isEmpty()) {
            throw new IllegalArgumentException("focus person " + focusLogin + " not found or their unit has no drafter");
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no unit with a drafter");
        }
    }

    private void readTemplatesAndNumbers() throws SQLException {
        // Units that already have templates: reuse the latest if it is the built-in default, else keep away.
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select unit_id, kind, id, template_version, definition from wf_template "
                     + "order by unit_id, kind, template_version")) {
            while (rs.next()) {
                String kind = rs.getString(2);
                DocumentKind k;
                try {
                    k = DocumentKind.valueOf(kind);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                boolean isDefault = rs.getString(5).equals(defaultJson.get(k));
                templates.put(rs.getObject(1, UUID.class) + "/" + kind,
                        isDefault ? new TemplateRef(rs.getObject(3, UUID.class), rs.getInt(4)) : null);
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select unit_id, kind, organ_code from doc_organ_code")) {
            while (rs.next()) {
                organCodes.put(rs.getObject(1, UUID.class) + "/" + rs.getString(2), rs.getString(3));
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select unit_id, organ_code, number_year, last_serial from doc_number_counter")) {
            while (rs.next()) {
                String key = rs.getObject(1, UUID.class) + "/" + rs.getString(2) + "/" + rs.getInt(3);
                counters.put(key, rs.getInt(4));
                counterExists.put(key, true);
            }
        }
    }

    /** The counters moved since the last call, as rows to write (an update, or an insert for a new counter). */
    private RowBatch.Rows counterRows() {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (String key : countersChanged) { // only those that moved: no dead rows for the others
            String[] k = key.split("/", 3);
            Object[] row = {counters.get(key), UUID.fromString(k[0]), k[1], Integer.parseInt(k[2])};
            (counterExists.put(key, true) != null ? updates : inserts).add(row);
        }
        countersChanged.clear();
        return c -> {
            try (PreparedStatement update = c.prepareStatement("update doc_number_counter set last_serial = ? "
                    + "where unit_id = ? and organ_code = ? and number_year = ?");
                 PreparedStatement insert = c.prepareStatement("insert into doc_number_counter "
                         + "(last_serial, unit_id, organ_code, number_year) values (?, ?, ?, ?)")) {
                for (var batch : List.of(Map.entry(update, updates), Map.entry(insert, inserts))) {
                    for (Object[] row : batch.getValue()) {
                        for (int p = 0; p < row.length; p++) {
                            batch.getKey().setObject(p + 1, row[p]);
                        }
                        batch.getKey().addBatch();
                    }
                    batch.getKey().executeBatch();
                }
            }
        };
    }

    private static void analyze(Connection sink) {
        try (Statement s = sink.createStatement()) {
            s.execute("analyze doc_draft, doc_revision, doc_number_register, wf_template, wf_instance, wf_task, wf_history");
        } catch (SQLException e) {
            // H2 has no ANALYZE of tables by name; the statistics only help PostgreSQL's planner.
        }
    }

    /** What the tables hold now, and the expected to-do sizes of the unit of {@code focusLogin}. */
    public static BenchmarkDocumentsResult status(Connection connection, String focusLogin) throws SQLException {
        long start = System.nanoTime();
        long[] n = new long[8];
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select (select count(*) from doc_draft), (select count(*) from wf_instance where state = 'RUNNING'),
                       (select count(*) from wf_task), (select count(*) from wf_task where state = 'OPEN'),
                       (select count(*) from wf_history), (select count(*) from doc_number_register),
                       (select count(*) from wf_template), (select count(*) from org_unit)""")) {
            rs.next();
            for (int i = 0; i < n.length; i++) {
                n[i] = rs.getLong(i + 1);
            }
        }
        UUID unit = null;
        String unitName = null;
        try (PreparedStatement s = connection.prepareStatement("select u.id, u.name from org_person p join org_unit u "
                + "on u.id = p.unit_id where p.username = ?")) {
            s.setString(1, focusLogin);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    unit = rs.getObject(1, UUID.class);
                    unitName = rs.getString(2);
                }
            }
        }
        Map<String, Integer> todo = unit == null ? Map.of() : openTasksOfUnit(connection, unit);
        return new BenchmarkDocumentsResult((int) n[0], (int) n[1], (int) n[2], (int) n[3], (int) n[4], (int) n[5],
                (int) n[6], (int) n[7], unitName, todo, (System.nanoTime() - start) / 1_000_000);
    }

    /** For each person of the unit with a login: open tasks they may act on (own, claimed, or for their roles). */
    private static Map<String, Integer> openTasksOfUnit(Connection connection, UUID unit) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select p.username, (select count(*) from wf_task t where t.state = 'OPEN' and (
                    t.assignee_person_id = p.id
                    or (t.assignee_person_id is null and t.unit_id = p.unit_id and t.assignee_role in (
                          select r.role_name from org_person_role r where r.person_id = p.id and r.role_name <> 'PLATFORM_ADMIN')
                        and (t.assignee_department_id is null or t.assignee_department_id = p.department_id))
                    or (t.assignee_person_id is null and t.assignee_role is null and t.assignee_department_id = p.department_id)))
                from org_person p where p.unit_id = ? and p.active = true order by p.username""")) {
            s.setObject(1, unit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    private UUID nextId() {
        long c = ++idCounter;
        return new UUID(idHigh, 0x8000000000000000L | ((c & 0x3FFFFFFFFFFL) << 20) | random.nextInt(1 << 20));
    }
}
