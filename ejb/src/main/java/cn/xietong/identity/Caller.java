package cn.xietong.identity;

import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person on whose behalf a service acts: who they are, their unit, their roles in it.
 * Services take a {@code Caller} as their first argument and check access with it; the web layer
 * builds it from the session or bearer token.
 */
public record Caller(UUID personId, String name, UUID unitId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    public boolean belongsTo(UUID unit) {
        return unitId.equals(unit);
    }

    /** Refuses unless the caller holds at least one of the roles. */
    public void requireAnyRole(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(roles::contains)) {
            throw DomainException.forbidden("access.role-required",
                    "您没有执行此操作的权限，需要以下角色之一：" + describe(allowed) + "。");
        }
    }

    /** Refuses unless the caller is the unit administrator of {@code unit} (or a platform administrator). */
    public void requireUnitAdminOf(UUID unit) {
        if (isPlatformAdmin()) {
            return;
        }
        if (!has(Role.UNIT_ADMIN) || !belongsTo(unit)) {
            throw DomainException.forbidden("access.unit-admin-required",
                    "只有本单位的单位管理员才能管理本单位的处室和人员。");
        }
    }

    /** Refuses unless the caller is a platform administrator. */
    public void requirePlatformAdmin() {
        if (!isPlatformAdmin()) {
            throw DomainException.forbidden("access.platform-admin-required",
                    "只有平台管理员才能管理行政区划和单位。");
        }
    }

    private static String describe(Role... allowed) {
        return String.join("、", Arrays.stream(allowed).map(Role::chineseName).toList());
    }
}
