package cn.xietong.web.organisation;

/**
 * A new region: name, 12-digit statistical division code, level (PROVINCE, CITY, COUNTY, TOWN,
 * VILLAGE; optional — the code implies it) and the parent region's id (none for a province).
 * For a rename only {@code name} is read.
 */
public record RegionRequest(String name, String code, String level, String parentId) {
}
