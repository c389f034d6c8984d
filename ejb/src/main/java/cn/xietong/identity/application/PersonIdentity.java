package cn.xietong.identity.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;

import java.util.Set;
import java.util.UUID;

/** What sign-in needs to know of a person: who, which unit, which roles, still active or not. */
public record PersonIdentity(UUID personId, String name, UUID unitId, Set<Role> roles, boolean active) {

    public Caller asCaller() {
        return new Caller(personId, name, unitId, roles);
    }
}
