package cn.xietong.web.organisation;

/** A department to create or rename: its name and, optionally, its display order. */
public record DepartmentRequest(String name, Integer sortOrder) {
}
