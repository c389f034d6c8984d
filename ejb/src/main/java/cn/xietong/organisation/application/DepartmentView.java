package cn.xietong.organisation.application;

import java.util.UUID;

/** A department of one's own unit with the number of active people in it. */
public record DepartmentView(UUID id, UUID unitId, String name, int sortOrder, long activePeople) {
}
