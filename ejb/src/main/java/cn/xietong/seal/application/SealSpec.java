package cn.xietong.seal.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a seal administrator asks for: the purpose printed in the seal (e.g. 公文专用章), who may
 * use it (people of the unit), and its validity.
 */
public record SealSpec(String purpose, Set<UUID> users, Instant validFrom, Instant validTo) {
}
