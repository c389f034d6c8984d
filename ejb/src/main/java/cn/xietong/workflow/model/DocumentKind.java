package cn.xietong.workflow.model;

import cn.xietong.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The 15 kinds of official document (公文种类) of the 党政机关公文处理工作条例. */
public enum DocumentKind {
    RESOLUTION("决议"),
    DECISION("决定"),
    ORDER("命令（令）"),
    COMMUNIQUE("公报"),
    ANNOUNCEMENT("公告"),
    CIRCULAR("通告"),
    OPINION("意见"),
    NOTICE("通知"),
    BULLETIN("通报"),
    REPORT("报告"),
    REQUEST("请示"),
    REPLY("批复"),
    MOTION("议案"),
    LETTER("函"),
    MINUTES("纪要");

    private final String chineseName;

    DocumentKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The kind named by its code ({@code NOTICE}, any case) or Chinese name ({@code 通知}; 命令 and 令 both work); null if none. */
    public static DocumentKind find(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.strip();
        for (DocumentKind k : values()) {
            if (k.name().equals(wanted.toUpperCase(Locale.ROOT)) || k.chineseName.equals(wanted)) {
                return k;
            }
        }
        if (wanted.equals("命令") || wanted.equals("令") || wanted.equals("命令(令)")) {
            return ORDER;
        }
        return null;
    }

    /** As {@link #find}, refusing an unknown name with the list of kinds. */
    public static DocumentKind of(String name) {
        DocumentKind k = find(name);
        if (k == null) {
            throw DomainException.invalid("workflow.kind.unknown", "未知公文种类“" + name + "”。" + choices());
        }
        return k;
    }

    public static String choices() {
        return "可选：" + Arrays.stream(values()).map(k -> k.name() + "（" + k.chineseName + "）")
                .collect(Collectors.joining("、")) + "。";
    }
}
