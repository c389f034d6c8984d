package cn.xietong.workflow.model;

import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-05-04T01:00:00Z");
    private static final Actor ZHOU = Actor.self(UUID.randomUUID(), "周丽娟");
    private static final Actor WANG_FOR_ZHOU = new Actor(UUID.randomUUID(), "王浩然", ZHOU.personId(), "周丽娟");

    private static ProcessInstance anInstance() {
        ProcessTemplate template = new ProcessTemplate(UUID.randomUUID(), 1, ProcessDefinition.defaultFor(DocumentKind.NOTICE),
                null, "系统默认");
        return new ProcessInstance(UUID.randomUUID(), template, UUID.randomUUID(), "关于做好防汛工作的通知",
                UUID.randomUUID(), "王浩然", List.of(), T0);
    }

    private static Task aReviewTask(ProcessInstance i) {
        i.activate(0);
        return new Task(i, 0, StepType.REVIEW, "核稿", 0, new Task.Assignment(null, Role.REVIEWER, null, "核稿人"),
                TaskState.OPEN, null, "王浩然", Duration.ofDays(1), T0);
    }

    @Test
    void anOpenTaskIsApprovedOnceAndTheSecondActorLearnsWhoWasFirst() {
        Task t = aReviewTask(anInstance());
        t.approve(ZHOU, "同意", T0.plusSeconds(60));
        assertEquals(TaskState.APPROVED, t.getState());
        DomainException again = assertThrows(DomainException.class, () -> t.approve(ZHOU, "同意", T0.plusSeconds(61)));
        assertEquals(ErrorKind.CONFLICT, again.kind());
        assertTrue(again.getMessage().contains("已由周丽娟于"), again.getMessage());
        assertThrows(DomainException.class, () -> t.returnWith(ZHOU, "改", T0));
        assertThrows(DomainException.class, () -> t.transfer(ZHOU, null, T0));
    }

    @Test
    void aDelegatesActionShowsBothNames() {
        Task t = aReviewTask(anInstance());
        t.approve(WANG_FOR_ZHOU, "", T0);
        assertEquals("王浩然（代周丽娟）", WANG_FOR_ZHOU.display());
        assertEquals("周丽娟", t.getOnBehalfOfName());
        assertNull(t.getOpinion());
        assertTrue(t.actedDescription().startsWith("王浩然（代周丽娟）已于"), t.actedDescription());
    }

    @Test
    void returningNeedsAReason() {
        Task t = aReviewTask(anInstance());
        DomainException e = assertThrows(DomainException.class, () -> t.returnWith(ZHOU, " ", T0));
        assertEquals("workflow.return.reason-missing", e.code());
        t.returnWith(ZHOU, "标题不规范", T0);
        assertEquals(TaskState.RETURNED, t.getState());
        assertEquals("标题不规范", t.getOpinion());
    }

    @Test
    void theDeadlineRunsFromOpeningAndMakesTheTaskOverdue() {
        Task t = aReviewTask(anInstance());
        assertEquals(T0.plus(Duration.ofDays(1)), t.getDueAt());
        assertFalse(t.isOverdue(T0.plusSeconds(3600)));
        assertTrue(t.isOverdue(T0.plus(Duration.ofDays(2))));
        assertTrue(t.isIdleSince(T0.plusSeconds(1)));
        t.approve(ZHOU, null, T0.plusSeconds(5));
        assertFalse(t.isOverdue(T0.plus(Duration.ofDays(2))), "a closed task is never overdue");
    }

    @Test
    void aWaitingSignerOpensWhenThePreviousOneAgreesAndGoesBackOnWithdrawal() {
        ProcessInstance i = anInstance();
        i.activate(1);
        Task first = new Task(i, 1, StepType.COUNTERSIGN, "会签", 0, Task.Assignment.person(UUID.randomUUID(), "甲"),
                TaskState.OPEN, null, "周丽娟", Duration.ofDays(2), T0);
        Task second = new Task(i, 1, StepType.COUNTERSIGN, "会签", 1, Task.Assignment.person(UUID.randomUUID(), "乙"),
                TaskState.WAITING, null, "周丽娟", Duration.ofDays(2), T0);
        assertNull(second.getDueAt(), "no deadline before one's turn");
        DomainException notYet = assertThrows(DomainException.class, () -> second.approve(ZHOU, null, T0));
        assertTrue(notYet.getMessage().contains("还没轮到"), notYet.getMessage());
        first.approve(Actor.self(UUID.randomUUID(), "甲"), null, T0.plusSeconds(10));
        second.openAfter(first, Duration.ofDays(2), T0.plusSeconds(10));
        assertEquals(TaskState.OPEN, second.getState());
        assertEquals(first.getId(), second.getSentFromTaskId());
        assertEquals(T0.plusSeconds(10).plus(Duration.ofDays(2)), second.getDueAt());
        second.backToWaiting(T0.plusSeconds(20));
        assertEquals(TaskState.WAITING, second.getState());
    }

    @Test
    void cancellingKeepsTheReasonAndOnlyPendingTasksCanBeCancelled() {
        Task t = aReviewTask(anInstance());
        t.cancel("因周丽娟退回而取消", T0);
        assertEquals(TaskState.CANCELLED, t.getState());
        assertTrue(t.whyNotOpen().contains("因周丽娟退回而取消"));
        assertThrows(IllegalStateException.class, () -> t.cancel("again", T0));
    }

    @Test
    void claimingMakesARoleTaskPersonalOnce() {
        Task t = aReviewTask(anInstance());
        assertFalse(t.isPersonal());
        t.claim(ZHOU.personId(), ZHOU.name(), T0);
        assertTrue(t.isPersonal());
        assertEquals("周丽娟", t.getAssigneeLabel());
        assertNull(t.getAssigneeRole());
        assertThrows(DomainException.class, () -> t.claim(UUID.randomUUID(), "别人", T0));
    }

    @Test
    void aTransferredTaskIsCopiedForTheColleagueWithTheSameDeadline() {
        ProcessInstance i = anInstance();
        Task t = aReviewTask(i);
        t.transfer(ZHOU, "请代为核稿", T0.plusSeconds(30));
        Task handed = t.copyFor(Task.Assignment.person(UUID.randomUUID(), "吴秀英"), i, true, Duration.ofDays(1), T0.plusSeconds(30));
        assertEquals(TaskState.TRANSFERRED, t.getState());
        assertEquals(TaskState.OPEN, handed.getState());
        assertEquals(t.getDueAt(), handed.getDueAt());
        assertEquals(t.getActivation(), handed.getActivation());
        assertEquals("吴秀英", handed.getAssigneeLabel());
    }

    @Test
    void anInstanceRunsUntilCompletedAndThenRefusesWork() {
        ProcessInstance i = anInstance();
        assertEquals(Task.DRAFTER_STEP, i.getCurrentStep());
        i.activate(0);
        i.activate(1);
        assertEquals(2, i.getActivation());
        i.resumeAt(0);
        assertEquals(2, i.getActivation(), "resuming keeps the activation count");
        i.complete(T0);
        assertEquals(InstanceState.COMPLETED, i.getState());
        DomainException e = assertThrows(DomainException.class, () -> i.activate(2));
        assertEquals("workflow.instance.not-running", e.code());
    }

    @Test
    void chosenSignersAreKeptPerStep() {
        ProcessTemplate template = new ProcessTemplate(UUID.randomUUID(), 1, ProcessDefinition.defaultFor(DocumentKind.NOTICE),
                null, "系统默认");
        UUID dep = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        ProcessInstance i = new ProcessInstance(UUID.randomUUID(), template, UUID.randomUUID(), "标题", UUID.randomUUID(), "王浩然",
                List.of(new ProcessInstance.ChosenSigner(1, true, dep), new ProcessInstance.ChosenSigner(1, false, person)), T0);
        assertEquals(List.of(new ProcessInstance.ChosenSigner(1, true, dep), new ProcessInstance.ChosenSigner(1, false, person)),
                i.signersFor(1));
        assertTrue(i.signersFor(2).isEmpty());
    }

    @Test
    void anInstanceNeedsATitleAndADocument() {
        ProcessTemplate template = new ProcessTemplate(UUID.randomUUID(), 1, ProcessDefinition.defaultFor(DocumentKind.LETTER),
                null, "系统默认");
        assertEquals("workflow.instance.title-missing", assertThrows(DomainException.class, () -> new ProcessInstance(
                UUID.randomUUID(), template, UUID.randomUUID(), " ", UUID.randomUUID(), "王浩然", List.of(), T0)).code());
        assertEquals("workflow.instance.document-missing", assertThrows(DomainException.class, () -> new ProcessInstance(
                UUID.randomUUID(), template, null, "标题", UUID.randomUUID(), "王浩然", List.of(), T0)).code());
    }

    @Test
    void delegationPeriodsAreChecked() {
        UUID a = UUID.randomUUID();
        assertEquals("workflow.delegation.self", assertThrows(DomainException.class, () ->
                new Delegation(UUID.randomUUID(), a, "甲", a, "甲", T0, T0.plusSeconds(60), T0)).code());
        assertEquals("workflow.delegation.period-reversed", assertThrows(DomainException.class, () ->
                new Delegation(UUID.randomUUID(), a, "甲", UUID.randomUUID(), "乙", T0, T0, T0)).code());
        assertEquals("workflow.delegation.too-long", assertThrows(DomainException.class, () ->
                new Delegation(UUID.randomUUID(), a, "甲", UUID.randomUUID(), "乙", T0, T0.plus(Duration.ofDays(200)), T0)).code());
        Delegation d = new Delegation(UUID.randomUUID(), a, "甲", UUID.randomUUID(), "乙", T0, T0.plus(Duration.ofDays(3)), T0);
        assertTrue(d.isActiveAt(T0.plusSeconds(1)));
        assertFalse(d.isActiveAt(T0.plus(Duration.ofDays(4))));
        d.revoke(T0.plusSeconds(2));
        assertFalse(d.isActiveAt(T0.plusSeconds(3)));
    }
}
