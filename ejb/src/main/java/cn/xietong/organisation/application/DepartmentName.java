package cn.xietong.organisation.application;

import java.util.UUID;

/** A department as the address book shows it for narrowing a search: id and name, nothing internal. */
public record DepartmentName(UUID id, String name) {
}
