package cn.xietong.workflow.model;

/**
 * The life of a task. {@code WAITING} (a later signer of a sequential countersign) → {@code OPEN} →
 * one of the closed states: {@code APPROVED} (agreed, with an opinion), {@code RETURNED} (sent back
 * with a reason), {@code TRANSFERRED} (handed to a colleague, who gets a new task) or
 * {@code CANCELLED} (by a return elsewhere, a withdrawal or 减签; the reason says which).
 */
public enum TaskState {
    WAITING("待轮到"),
    OPEN("待办"),
    APPROVED("已同意"),
    RETURNED("已退回"),
    TRANSFERRED("已转办"),
    CANCELLED("已取消");

    private final String chineseName;

    TaskState(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Still to be acted on (open now or later in a sequence). */
    public boolean isPending() {
        return this == WAITING || this == OPEN;
    }

    /** Closed by its assignee's own action (not cancelled from outside). */
    public boolean isActed() {
        return this == APPROVED || this == RETURNED || this == TRANSFERRED;
    }
}
