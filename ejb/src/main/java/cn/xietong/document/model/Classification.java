package cn.xietong.document.model;

import cn.xietong.shared.DomainException;

/**
 * The classification mark (密级). Xietong is a system for unclassified documents only: the one
 * value it holds is 非涉密, and any other mark (秘密, 机密, 绝密, 内部 …) is refused at the door.
 */
public enum Classification {
    UNCLASSIFIED("非涉密");

    private final String chineseName;

    Classification(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** 非涉密 for an absent value, 非涉密 or UNCLASSIFIED; a refusal for every other mark. */
    public static Classification of(String text) {
        if (text == null || text.isBlank()) {
            return UNCLASSIFIED;
        }
        String s = text.strip();
        if (s.equals("非涉密") || s.equalsIgnoreCase("UNCLASSIFIED") || s.equals("无")) {
            return UNCLASSIFIED;
        }
        String shown = s.length() > 20 ? s.substring(0, 20) + "…" : s;
        throw DomainException.invalid("document.classified-refused",
                "本系统只处理非涉密公文：密级为“" + shown + "”的公文不得录入本系统，请通过涉密渠道办理。");
    }
}
