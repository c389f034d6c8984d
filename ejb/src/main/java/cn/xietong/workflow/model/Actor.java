package cn.xietong.workflow.model;

import java.util.UUID;

/**
 * Who acts on a task: the person at the keyboard and, when they act as someone's delegate (委托),
 * that someone. Shown as "张三（代李四）".
 */
public record Actor(UUID personId, String name, UUID onBehalfOfId, String onBehalfOfName) {

    public static Actor self(UUID personId, String name) {
        return new Actor(personId, name, null, null);
    }

    public boolean isDelegate() {
        return onBehalfOfId != null;
    }

    /** The person whose task it is: the principal when acting as delegate. */
    public UUID responsibleId() {
        return onBehalfOfId != null ? onBehalfOfId : personId;
    }

    public String responsibleName() {
        return onBehalfOfId != null ? onBehalfOfName : name;
    }

    public String display() {
        return display(name, onBehalfOfName);
    }

    public static String display(String name, String onBehalfOfName) {
        return onBehalfOfName == null ? name : name + "（代" + onBehalfOfName + "）";
    }
}
