package cn.xietong.identity.application;

import java.util.Optional;
import java.util.UUID;

/** Finds people for sign-in; implemented over the organisation's people. */
public interface PersonDirectory {

    Optional<PersonIdentity> byLoginName(String loginName);

    Optional<PersonIdentity> byId(UUID personId);
}
