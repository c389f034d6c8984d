package cn.xietong.web.organisation;

/**
 * A unit to create or the new state of one: name, short name for document numbers (机关代字), the
 * 18-character unified social credit code, the region's id, optionally the parent unit's id and a
 * display order.
 */
public record UnitRequest(String name, String shortName, String creditCode, String regionId, String parentUnitId,
                          Integer sortOrder) {
}
