package cn.xietong.web.seal;

import cn.xietong.seal.model.ElectronicSeal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A seal as the UI lists it; the picture is at {@code /api/seals/{id}/picture}. */
public record SealView(UUID id, String esId, String name, String purpose, Instant validFrom, Instant validTo,
                       List<UUID> users, Instant createdAt) {

    public static SealView of(ElectronicSeal s) {
        return new SealView(s.id(), s.esId(), s.name(), s.purpose(), s.validFrom(), s.validTo(),
                s.users().stream().sorted().toList(), s.createdAt());
    }
}
