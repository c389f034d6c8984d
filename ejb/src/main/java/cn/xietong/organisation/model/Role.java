package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The role named {@code name} (e.g. {@code "LEADER"}, case-insensitive), or a refusal listing the roles. */
    public static Role of(String name) {
        if (name != null) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            for (Role r : values()) {
                if (r.name().equals(wanted)) {
                    return r;
                }
            }
        }
        throw DomainException.invalid("organisation.role.unknown",
                "未知角色“" + name + "”。可选角色：" + Arrays.stream(values())
                        .map(r -> r.name() + "（" + r.chineseName + "）").collect(Collectors.joining("、")) + "。");
    }

    /** The roles named, refusing unknown names; null means none. */
    public static Set<Role> allOf(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(of(n)));
        }
        return roles;
    }
}
