package cn.xietong.web.identity;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;

import java.util.List;
import java.util.UUID;

/** The signed-in person as the UI shows them: name, unit, roles (with their Chinese names). */
public record MeView(UUID personId, String name, UUID unitId, List<String> roles, List<String> roleNames) {

    public static MeView of(Caller c) {
        List<Role> sorted = c.roles().stream().sorted().toList();
        return new MeView(c.personId(), c.name(), c.unitId(),
                sorted.stream().map(Role::name).toList(),
                sorted.stream().map(Role::chineseName).toList());
    }
}
