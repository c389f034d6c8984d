package cn.xietong.organisation.model;

/**
 * What a person may do in their unit. A person holds any number of roles; the platform
 * administrator's role reaches across all units.
 */
public enum Role {
    /** 拟稿人 — drafts documents. */
    DRAFTER("拟稿人"),
    /** 核稿人 — reviews drafts. */
    REVIEWER("核稿人"),
    /** 签发人/领导 — signs off documents and gives instructions. */
    LEADER("签发人/领导"),
    /** 文书/收发员 — registers, numbers, sends and receives documents. */
    CLERK("文书/收发员"),
    /** 印章管理员 — makes and manages the unit's seals. */
    SEAL_ADMIN("印章管理员"),
    /** 档案员 — archives finished documents. */
    RECORDS_OFFICER("档案员"),
    /** 单位管理员 — manages the unit's departments and people. */
    UNIT_ADMIN("单位管理员"),
    /** 平台管理员 — manages regions and units of the whole platform. */
    PLATFORM_ADMIN("平台管理员");

    private final String chineseName;

    Role(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
