package cn.xietong.workflow.model;

import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON form of a process template, read with every problem reported at its path
 * ({@code steps[2].assignees[0].role: 未知角色 LEADR…}) and written back in the same form, so an
 * export imports unchanged.
 *
 * <pre>{
 *   "kind": "NOTICE", "name": "通知发文流程",
 *   "steps": [
 *     {"type": "REVIEW", "assignees": [{"role": "REVIEWER"}], "deadline": "P1D"},
 *     {"type": "COUNTERSIGN", "mode": "PARALLEL", "chosenAtSubmit": true, "deadline": "P2D"},
 *     {"type": "SIGN_OFF", "assignees": [{"role": "LEADER"}], "deadline": "P1D"}, …
 *   ]
 * }</pre>
 */
public final class TemplateJson {

    public static final String FORMAT = "xietong-process-template/1";
    public static final int NAME_MAX = 100;
    public static final int STEP_NAME_MAX = 50;
    public static final int MAX_ASSIGNEES = 50;
    public static final Duration MAX_DEADLINE = Duration.ofDays(365);

    private static final Set<String> ROOT_FIELDS = Set.of("format", "kind", "name", "steps", "version", "exportedAt");
    private static final Set<String> STEP_FIELDS = Set.of("type", "name", "mode", "assignees", "chosenAtSubmit",
            "signerRole", "deadline");
    private static final Set<String> ASSIGNEE_FIELDS = Set.of("role", "department", "person");
    private static final Set<Role> NOT_ASSIGNABLE = Set.of(Role.PLATFORM_ADMIN);

    private TemplateJson() {
    }

    /**
     * Reads and validates a template for {@code expectedKind} (null: any kind). Refuses with
     * {@code workflow.template.invalid} listing every problem with its path.
     */
    public static ProcessDefinition read(String text, DocumentKind expectedKind, UnitContext unit) {
        Problems problems = new Problems();
        JsonStructure root;
        try (var reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            root = reader.read();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw DomainException.invalid("workflow.template.malformed-json", "流程模板不是有效的 JSON："
                    + (at == null ? "" : "第 " + at.getLineNumber() + " 行第 " + at.getColumnNumber() + " 列附近有语法错误。")
                    + "请检查括号、引号和逗号。");
        } catch (JsonException | IllegalStateException e) {
            throw DomainException.invalid("workflow.template.malformed-json", "流程模板不是有效的 JSON，请提供一个 JSON 对象。");
        }
        if (!(root instanceof JsonObject o)) {
            throw DomainException.invalid("workflow.template.malformed-json", "流程模板须为 JSON 对象（以 { 开头）。");
        }
        ProcessDefinition d = readRoot(o, expectedKind, unit, problems);
        problems.throwIfAny();
        return d;
    }

    private static ProcessDefinition readRoot(JsonObject o, DocumentKind expectedKind, UnitContext unit, Problems p) {
        unknownFields(o, ROOT_FIELDS, "", p);
        String format = string(o, "format", "format", p);
        if (format != null && !format.equals(FORMAT)) {
            p.add("format", "不支持的格式“" + format + "”，应为 " + FORMAT + "（也可省略）");
        }
        String kindName = string(o, "kind", "kind", p);
        DocumentKind kind = null;
        if (kindName == null) {
            if (expectedKind == null) {
                p.add("kind", "缺少公文种类");
            }
            kind = expectedKind;
        } else {
            kind = DocumentKind.find(kindName);
            if (kind == null) {
                p.add("kind", "未知公文种类 " + kindName + "（" + DocumentKind.choices() + "）");
            } else if (expectedKind != null && kind != expectedKind) {
                p.add("kind", "模板的公文种类是“" + kind.chineseName() + "”，但导入的目标是“" + expectedKind.chineseName() + "”");
            }
        }
        String name = string(o, "name", "name", p);
        if (name == null || name.isBlank()) {
            name = kind == null ? "发文流程" : kind.chineseName() + "发文流程";
        } else if (name.strip().length() > NAME_MAX) {
            p.add("name", "名称过长（最多 " + NAME_MAX + " 个字）");
        }
        List<StepDefinition> steps = new ArrayList<>();
        JsonValue stepsValue = o.get("steps");
        if (stepsValue == null || stepsValue == JsonValue.NULL) {
            p.add("steps", "缺少步骤列表");
        } else if (!(stepsValue instanceof JsonArray array)) {
            p.add("steps", "须为数组");
        } else if (array.isEmpty()) {
            p.add("steps", "至少需要一个步骤");
        } else if (array.size() > ProcessDefinition.MAX_STEPS) {
            p.add("steps", "步骤过多（最多 " + ProcessDefinition.MAX_STEPS + " 个）");
        } else {
            for (int i = 0; i < array.size(); i++) {
                String path = "steps[" + i + "]";
                if (!(array.get(i) instanceof JsonObject step)) {
                    p.add(path, "须为 JSON 对象");
                    continue;
                }
                StepDefinition s = readStep(step, path, unit, p);
                if (s != null) {
                    steps.add(s);
                }
            }
            if (steps.size() == array.size()) {
                checkOrder(steps, p);
            }
        }
        return p.isEmpty() ? new ProcessDefinition(kind, name.strip(), steps) : null;
    }

    private static StepDefinition readStep(JsonObject o, String path, UnitContext unit, Problems p) {
        int before = p.size();
        unknownFields(o, STEP_FIELDS, path + ".", p);
        String typeName = string(o, "type", path + ".type", p);
        StepType type = null;
        if (typeName == null) {
            p.add(path + ".type", "缺少步骤类型（" + choices(StepType.values()) + "）");
        } else {
            type = enumValue(StepType.class, typeName);
            if (type == null) {
                p.add(path + ".type", "未知步骤类型 " + typeName + "（可选：" + choices(StepType.values()) + "）");
            }
        }
        String name = string(o, "name", path + ".name", p);
        if (name != null && name.strip().length() > STEP_NAME_MAX) {
            p.add(path + ".name", "步骤名称过长（最多 " + STEP_NAME_MAX + " 个字）");
        }
        String modeName = string(o, "mode", path + ".mode", p);
        CountersignMode mode = null;
        if (modeName != null) {
            mode = enumValue(CountersignMode.class, modeName);
            if (mode == null) {
                p.add(path + ".mode", "未知会签方式 " + modeName + "（可选：PARALLEL 并行、SEQUENTIAL 顺序）");
            } else if (type != null && type != StepType.COUNTERSIGN) {
                p.add(path + ".mode", "只有会签步骤（COUNTERSIGN）才有会签方式");
            }
        }
        boolean chosen = false;
        JsonValue chosenValue = o.get("chosenAtSubmit");
        if (chosenValue != null && chosenValue != JsonValue.NULL) {
            if (chosenValue == JsonValue.TRUE) {
                chosen = true;
            } else if (chosenValue != JsonValue.FALSE) {
                p.add(path + ".chosenAtSubmit", "须为 true 或 false");
            }
        }
        String signerRoleName = string(o, "signerRole", path + ".signerRole", p);
        Role signerRole = signerRoleName == null ? null : role(signerRoleName, path + ".signerRole", p);
        if (type != null && type != StepType.COUNTERSIGN) {
            if (chosen) {
                p.add(path + ".chosenAtSubmit", "只有会签步骤（COUNTERSIGN）才能在提交时选择会签人");
            }
            if (signerRoleName != null) {
                p.add(path + ".signerRole", "只有会签步骤（COUNTERSIGN）才有会签角色");
            }
        }
        List<AssigneeRule> assignees = new ArrayList<>();
        JsonValue list = o.get("assignees");
        if (list != null && list != JsonValue.NULL) {
            if (!(list instanceof JsonArray array)) {
                p.add(path + ".assignees", "须为数组");
            } else if (array.size() > MAX_ASSIGNEES) {
                p.add(path + ".assignees", "办理人过多（最多 " + MAX_ASSIGNEES + " 个）");
            } else {
                for (int j = 0; j < array.size(); j++) {
                    String at = path + ".assignees[" + j + "]";
                    if (!(array.get(j) instanceof JsonObject a)) {
                        p.add(at, "须为 JSON 对象，如 {\"role\": \"LEADER\"}");
                        continue;
                    }
                    AssigneeRule rule = readAssignee(a, at, unit, p);
                    if (rule != null) {
                        assignees.add(rule);
                    }
                }
            }
        }
        boolean assigneeProblems = p.size() > before;
        if (type == StepType.COUNTERSIGN) {
            if (chosen && !assignees.isEmpty()) {
                p.add(path + ".assignees", "会签人在提交时选择（chosenAtSubmit）时不能同时指定固定会签人");
            } else if (!chosen && assignees.isEmpty() && !assigneeProblems) {
                p.add(path + ".assignees", "会签步骤须指定会签人，或设置 chosenAtSubmit: true 由拟稿人提交时选择");
            }
        } else if (type != null && list == null) {
            p.add(path + ".assignees", "缺少办理人，如 [{\"role\": \"" + suggestedRole(type) + "\"}]");
        } else if (type != null && list instanceof JsonArray a && a.size() != 1) {
            p.add(path + ".assignees", "“" + type.chineseName() + "”步骤须恰好指定一条办理人规则（多人共同办理请用会签步骤）");
        }
        Duration deadline = null;
        String deadlineText = string(o, "deadline", path + ".deadline", p);
        if (deadlineText != null) {
            try {
                deadline = Duration.parse(deadlineText.strip());
                if (deadline.isNegative() || deadline.isZero()) {
                    p.add(path + ".deadline", "办理时限须大于零");
                } else if (deadline.compareTo(MAX_DEADLINE) > 0) {
                    p.add(path + ".deadline", "办理时限过长（最多 P365D）");
                } else if (deadline.compareTo(Duration.ofMinutes(1)) < 0) {
                    p.add(path + ".deadline", "办理时限至少一分钟");
                }
            } catch (DateTimeParseException e) {
                p.add(path + ".deadline", "时限格式不正确：“" + deadlineText + "”，请用 ISO 8601 时长，如 PT8H（8 小时）、P2D（2 天）");
            }
        }
        if (p.size() > before || type == null) {
            return null;
        }
        CountersignMode effectiveMode = type == StepType.COUNTERSIGN && mode == null ? CountersignMode.PARALLEL : mode;
        return new StepDefinition(type, name == null ? null : name.strip(), effectiveMode, assignees, chosen,
                signerRole, deadline);
    }

    private static AssigneeRule readAssignee(JsonObject a, String at, UnitContext unit, Problems p) {
        int before = p.size();
        unknownFields(a, ASSIGNEE_FIELDS, at + ".", p);
        String roleName = string(a, "role", at + ".role", p);
        String department = string(a, "department", at + ".department", p);
        String person = string(a, "person", at + ".person", p);
        Role role = roleName == null ? null : role(roleName, at + ".role", p);
        if (person != null && (roleName != null || department != null)) {
            p.add(at, "指定人员（person）时不能同时指定角色或处室");
        } else if (person == null && roleName == null && department == null) {
            p.add(at, "须指定 role（角色）、department（处室）或 person（人员登录名）之一");
        }
        if (department != null) {
            if (department.isBlank()) {
                p.add(at + ".department", "处室名称不能为空");
            } else if (!unit.hasDepartment(department.strip())) {
                p.add(at + ".department", "本单位没有名为“" + department.strip() + "”的处室");
            }
        }
        if (person != null) {
            switch (unit.person(person.strip())) {
                case UNKNOWN -> p.add(at + ".person", "找不到登录名为“" + person.strip() + "”的人员");
                case OTHER_UNIT -> p.add(at + ".person", "“" + person.strip() + "”不是本单位人员");
                case INACTIVE -> p.add(at + ".person", "“" + person.strip() + "”已停用，不能作为办理人");
                case ACTIVE -> {
                }
            }
        }
        if (p.size() > before) {
            return null;
        }
        return new AssigneeRule(role, department == null ? null : department.strip(), person == null ? null : person.strip());
    }

    private static Role role(String name, String path, Problems p) {
        Role found = enumValue(Role.class, name);
        if (found == null) {
            p.add(path, "未知角色 " + name + "（可选：" + Arrays.stream(Role.values()).filter(r -> !NOT_ASSIGNABLE.contains(r))
                    .map(r -> r.name() + " " + r.chineseName()).collect(Collectors.joining("、")) + "）");
            return null;
        }
        if (NOT_ASSIGNABLE.contains(found)) {
            p.add(path, "平台管理员不办理单位公文，不能作为办理人角色");
            return null;
        }
        return found;
    }

    /** Sign-off once at most; numbering after sign-off; sealing after layout; distribution last. */
    private static void checkOrder(List<StepDefinition> steps, Problems p) {
        Map<StepType, Integer> first = new EnumMap<>(StepType.class);
        for (int i = 0; i < steps.size(); i++) {
            StepType t = steps.get(i).type();
            if (first.containsKey(t) && t != StepType.REVIEW && t != StepType.COUNTERSIGN && t != StepType.APPROVAL) {
                p.add("steps[" + i + "].type", "“" + t.chineseName() + "”只能出现一次（已在 steps[" + first.get(t) + "]）");
            }
            first.putIfAbsent(t, i);
        }
        Integer signOff = first.get(StepType.SIGN_OFF);
        Integer numbering = first.get(StepType.NUMBERING);
        Integer layout = first.get(StepType.LAYOUT);
        Integer sealing = first.get(StepType.SEALING);
        Integer distribution = first.get(StepType.DISTRIBUTION);
        if (numbering != null && (signOff == null || signOff > numbering)) {
            p.add("steps[" + numbering + "].type", "编号须在签发之后");
        }
        if (sealing != null && (layout == null || layout > sealing)) {
            p.add("steps[" + sealing + "].type", "用印须在排版之后");
        }
        if (distribution != null && distribution != steps.size() - 1) {
            p.add("steps[" + distribution + "].type", "分发须是最后一步");
        }
    }

    private static String suggestedRole(StepType type) {
        return switch (type) {
            case REVIEW -> "REVIEWER";
            case SIGN_OFF, APPROVAL -> "LEADER";
            case SEALING -> "SEAL_ADMIN";
            default -> "CLERK";
        };
    }

    private static void unknownFields(JsonObject o, Set<String> known, String prefix, Problems p) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                p.add(prefix + key, "未知字段（可用字段：" + String.join("、", known.stream().sorted().toList()) + "）");
            }
        }
    }

    private static String string(JsonObject o, String field, String path, Problems p) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            p.add(path, "须为字符串，收到的是数字 " + n);
            return null;
        }
        p.add(path, "须为字符串");
        return null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        String wanted = name.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        return null;
    }

    private static String choices(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name() + (v instanceof StepType t ? " " + t.chineseName() : ""))
                .collect(Collectors.joining("、"));
    }

    /** The template as JSON in the import format, pretty-printed, with its version for information. */
    public static String write(ProcessDefinition d, Integer version) {
        JsonObjectBuilder root = Json.createObjectBuilder().add("format", FORMAT).add("kind", d.kind().name())
                .add("name", d.name());
        if (version != null) {
            root.add("version", version);
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (StepDefinition s : d.steps()) {
            JsonObjectBuilder step = Json.createObjectBuilder().add("type", s.type().name()).add("name", s.name());
            if (s.mode() != null) {
                step.add("mode", s.mode().name());
            }
            if (s.chosenAtSubmit()) {
                step.add("chosenAtSubmit", true);
            }
            if (s.signerRole() != null) {
                step.add("signerRole", s.signerRole().name());
            }
            if (!s.assignees().isEmpty() || !s.chosenAtSubmit()) {
                JsonArrayBuilder who = Json.createArrayBuilder();
                for (AssigneeRule a : s.assignees()) {
                    JsonObjectBuilder rule = Json.createObjectBuilder();
                    if (a.role() != null) {
                        rule.add("role", a.role().name());
                    }
                    if (a.department() != null) {
                        rule.add("department", a.department());
                    }
                    if (a.person() != null) {
                        rule.add("person", a.person());
                    }
                    who.add(rule);
                }
                step.add("assignees", who);
            }
            if (s.deadline() != null) {
                step.add("deadline", duration(s.deadline()));
            }
            steps.add(step);
        }
        root.add("steps", steps);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString().strip();
    }

    /** ISO 8601 as a person writes it: P2D rather than PT48H. */
    public static String duration(Duration d) {
        if (!d.isZero() && d.toSeconds() % 86_400 == 0) {
            return "P" + d.toDays() + "D";
        }
        return d.toString();
    }

    /** Problems found so far, each "path: message". */
    static final class Problems {
        private final List<String> list = new ArrayList<>();

        void add(String path, String message) {
            list.add(path + ": " + message);
        }

        int size() {
            return list.size();
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw DomainException.invalid("workflow.template.invalid",
                        "流程模板有 " + list.size() + " 处错误：" + String.join("；", list) + "。");
            }
        }
    }
}
