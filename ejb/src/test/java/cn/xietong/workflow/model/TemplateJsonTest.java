package cn.xietong.workflow.model;

import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateJsonTest {

    /** A unit with the departments 秘书科 and 综合科, and the people liguodong (active), retired (inactive), other (another unit). */
    private static final UnitContext CITY_OFFICE = new UnitContext() {
        @Override
        public boolean hasDepartment(String name) {
            return name.equals("秘书科") || name.equals("综合科");
        }

        @Override
        public PersonStatus person(String login) {
            return switch (login) {
                case "liguodong" -> PersonStatus.ACTIVE;
                case "retired" -> PersonStatus.INACTIVE;
                case "other" -> PersonStatus.OTHER_UNIT;
                default -> PersonStatus.UNKNOWN;
            };
        }
    };

    private static String refusal(String json) {
        DomainException e = assertThrows(DomainException.class, () -> TemplateJson.read(json, DocumentKind.NOTICE, CITY_OFFICE));
        return e.getMessage();
    }

    @Test
    void everyDefaultTemplateRoundTripsThroughItsJson() {
        for (DocumentKind kind : DocumentKind.values()) {
            ProcessDefinition d = ProcessDefinition.defaultFor(kind);
            assertEquals(d, TemplateJson.read(TemplateJson.write(d, 3), kind, CITY_OFFICE), kind.name());
        }
    }

    @Test
    void noticeDefaultIsReviewCountersignSignOffNumberingLayoutSealingDistribution() {
        ProcessDefinition d = ProcessDefinition.defaultFor(DocumentKind.NOTICE);
        assertEquals("[REVIEW, COUNTERSIGN, SIGN_OFF, NUMBERING, LAYOUT, SEALING, DISTRIBUTION]",
                d.steps().stream().map(StepDefinition::type).toList().toString());
        assertEquals(CountersignMode.PARALLEL, d.step(1).mode());
        assertTrue(d.step(1).chosenAtSubmit());
        assertEquals(1, d.firstChosenCountersign());
    }

    @Test
    void aFullTemplateReadsWithItsRulesAndDeadlines() {
        ProcessDefinition d = TemplateJson.read("""
                {"kind": "通知", "name": "通知（简）", "steps": [
                  {"type": "REVIEW", "assignees": [{"role": "REVIEWER", "department": "秘书科"}], "deadline": "PT8H"},
                  {"type": "COUNTERSIGN", "mode": "SEQUENTIAL", "assignees": [{"person": "liguodong"}, {"department": "综合科"}], "deadline": "P2D"},
                  {"type": "SIGN_OFF", "name": "主任签发", "assignees": [{"role": "leader"}]}
                ]}""", DocumentKind.NOTICE, CITY_OFFICE);
        assertEquals(DocumentKind.NOTICE, d.kind());
        assertEquals(Duration.ofHours(8), d.step(0).deadline());
        assertEquals(AssigneeRule.ofDepartment("秘书科", Role.REVIEWER), d.step(0).assignees().get(0));
        assertTrue(d.step(1).isSequential());
        assertEquals(2, d.step(1).assignees().size());
        assertEquals("主任签发", d.step(2).name());
        assertEquals(Role.LEADER, d.step(2).assignees().get(0).role());
    }

    @Test
    void unknownRoleIsReportedAtItsPath() {
        String m = refusal("""
                {"kind": "NOTICE", "steps": [
                  {"type": "REVIEW", "assignees": [{"role": "REVIEWER"}]},
                  {"type": "REVIEW", "assignees": [{"role": "REVIEWER"}]},
                  {"type": "SIGN_OFF", "assignees": [{"role": "LEADR"}]}
                ]}""");
        assertTrue(m.contains("steps[2].assignees[0].role: 未知角色 LEADR"), m);
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() {
        String m = refusal("""
                {"kind": "NOTICE", "steps": [
                  {"type": "REVIEWING", "assignees": [{"role": "REVIEWER"}]},
                  {"type": "SIGN_OFF", "assignees": [{"person": "nobody"}], "deadline": "2 days"},
                  {"type": "COUNTERSIGN", "mode": "ALL", "chosenAtSubmit": true},
                  {"type": "SEALING", "asignees": [{"role": "SEAL_ADMIN"}]}
                ]}""");
        assertTrue(m.contains("steps[0].type: 未知步骤类型 REVIEWING"), m);
        assertTrue(m.contains("steps[1].assignees[0].person: 找不到登录名为“nobody”的人员"), m);
        assertTrue(m.contains("steps[1].deadline: 时限格式不正确"), m);
        assertTrue(m.contains("steps[2].mode: 未知会签方式 ALL"), m);
        assertTrue(m.contains("steps[3].asignees: 未知字段"), m);
        assertTrue(m.contains("steps[3].assignees: 缺少办理人"), m);
    }

    @Test
    void departmentsAndPeopleMustBeTheUnitsOwnAndActive() {
        String m = refusal("""
                {"steps": [
                  {"type": "REVIEW", "assignees": [{"role": "REVIEWER", "department": "财务科"}]},
                  {"type": "COUNTERSIGN", "assignees": [{"person": "retired"}, {"person": "other"}]}
                ]}""");
        assertTrue(m.contains("steps[0].assignees[0].department: 本单位没有名为“财务科”的处室"), m);
        assertTrue(m.contains("steps[1].assignees[0].person: “retired”已停用"), m);
        assertTrue(m.contains("steps[1].assignees[1].person: “other”不是本单位人员"), m);
    }

    @Test
    void shapeRulesPointAtTheStep() {
        String m = refusal("""
                {"steps": [
                  {"type": "NUMBERING", "assignees": [{"role": "CLERK"}]},
                  {"type": "SIGN_OFF", "assignees": [{"role": "LEADER"}, {"role": "REVIEWER"}]},
                  {"type": "DISTRIBUTION", "assignees": [{"role": "CLERK"}]},
                  {"type": "SEALING", "assignees": [{"role": "SEAL_ADMIN"}]},
                  {"type": "COUNTERSIGN", "mode": "PARALLEL"}
                ]}""");
        assertTrue(m.contains("steps[1].assignees: “签发”步骤须恰好指定一条办理人规则"), m);
        assertTrue(m.contains("steps[4].assignees: 会签步骤须指定会签人"), m);
    }

    @Test
    void orderRulesNumberingAfterSignOffSealingAfterLayoutDistributionLast() {
        String m = refusal("""
                {"steps": [
                  {"type": "NUMBERING", "assignees": [{"role": "CLERK"}]},
                  {"type": "SIGN_OFF", "assignees": [{"role": "LEADER"}]},
                  {"type": "DISTRIBUTION", "assignees": [{"role": "CLERK"}]},
                  {"type": "SEALING", "assignees": [{"role": "SEAL_ADMIN"}]},
                  {"type": "SIGN_OFF", "assignees": [{"role": "LEADER"}]}
                ]}""");
        assertTrue(m.contains("steps[0].type: 编号须在签发之后"), m);
        assertTrue(m.contains("steps[3].type: 用印须在排版之后"), m);
        assertTrue(m.contains("steps[2].type: 分发须是最后一步"), m);
        assertTrue(m.contains("steps[4].type: “签发”只能出现一次（已在 steps[1]）"), m);
    }

    @Test
    void kindMustMatchTheTargetAndBeKnown() {
        assertTrue(refusal("{\"kind\": \"函\", \"steps\": [{\"type\": \"REVIEW\", \"assignees\": [{\"role\": \"REVIEWER\"}]}]}")
                .contains("kind: 模板的公文种类是“函”，但导入的目标是“通知”"));
        DomainException e = assertThrows(DomainException.class, () -> TemplateJson.read(
                "{\"kind\": \"便条\", \"steps\": []}", null, CITY_OFFICE));
        assertTrue(e.getMessage().contains("kind: 未知公文种类 便条"), e.getMessage());
        assertTrue(e.getMessage().contains("steps: 至少需要一个步骤"), e.getMessage());
    }

    @Test
    void platformAdministratorIsNoAssignee() {
        assertTrue(refusal("{\"steps\": [{\"type\": \"REVIEW\", \"assignees\": [{\"role\": \"PLATFORM_ADMIN\"}]}]}")
                .contains("steps[0].assignees[0].role: 平台管理员不办理单位公文"));
    }

    @Test
    void malformedJsonSaysWhere() {
        DomainException e = assertThrows(DomainException.class, () -> TemplateJson.read("{\"steps\": [\n{\"type\": }]}",
                DocumentKind.NOTICE, CITY_OFFICE));
        assertEquals("workflow.template.malformed-json", e.code());
        assertTrue(e.getMessage().contains("第 2 行"), e.getMessage());
        assertEquals("workflow.template.malformed-json",
                assertThrows(DomainException.class, () -> TemplateJson.read("[1, 2]", null, CITY_OFFICE)).code());
        assertEquals("workflow.template.malformed-json",
                assertThrows(DomainException.class, () -> TemplateJson.read("", null, CITY_OFFICE)).code());
    }

    @Test
    void deadlinesMustBePositiveAndAtMostAYear() {
        assertTrue(refusal("{\"steps\": [{\"type\": \"REVIEW\", \"assignees\": [{\"role\": \"REVIEWER\"}], \"deadline\": \"PT0S\"}]}")
                .contains("steps[0].deadline: 办理时限须大于零"));
        assertTrue(refusal("{\"steps\": [{\"type\": \"REVIEW\", \"assignees\": [{\"role\": \"REVIEWER\"}], \"deadline\": \"P400D\"}]}")
                .contains("steps[0].deadline: 办理时限过长"));
        assertEquals("P2D", TemplateJson.duration(Duration.ofDays(2)));
        assertEquals("PT8H", TemplateJson.duration(Duration.ofHours(8)));
    }

    @Test
    void kindsAreFoundByCodeOrChineseName() {
        assertEquals(DocumentKind.ORDER, DocumentKind.find("令"));
        assertEquals(DocumentKind.ORDER, DocumentKind.find("命令（令）"));
        assertEquals(DocumentKind.MINUTES, DocumentKind.find("minutes"));
        assertEquals(15, DocumentKind.values().length);
    }
}
