package cn.xietong.document.model;

import java.util.Objects;
import java.util.UUID;

/** An addressee unit as the draft names it: the unit's id and its name when it was chosen. */
public record UnitRef(UUID id, String name) {

    public UnitRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
