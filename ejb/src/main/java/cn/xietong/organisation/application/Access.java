package cn.xietong.organisation.application;

import cn.xietong.identity.Caller;
import cn.xietong.shared.DomainException;

import java.util.UUID;

/** Access rules of the organisation beyond those on {@link Caller}. */
final class Access {

    private Access() {
    }

    /**
     * Refuses unless the caller works in the unit (or is a platform administrator): a unit's
     * departments, staff list, mobiles and roles are internal to it.
     */
    static void requireMemberOf(Caller caller, UUID unitId) {
        if (caller.isPlatformAdmin() || caller.belongsTo(unitId)) {
            return;
        }
        throw DomainException.forbidden("organisation.other-unit-internal",
                "您只能查看本单位的处室和人员信息；其他单位人员的工作联系方式请在电子通信录中查询。");
    }
}
