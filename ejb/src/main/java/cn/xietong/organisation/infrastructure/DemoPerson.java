package cn.xietong.organisation.infrastructure;

import cn.xietong.organisation.model.Role;

import java.util.Set;
import java.util.UUID;

/** A person the demo loader created: enough to open an account for them (the loader makes no passwords). */
public record DemoPerson(UUID personId, String username, String name, UUID unitId, String unitName, String position,
                         Set<Role> roles) {

    public DemoPerson {
        roles = Set.copyOf(roles);
    }
}
