package cn.xietong.organisation.application;

import java.util.UUID;

/**
 * What a platform administrator gives for a unit: name, short name (机关代字), credit code, region,
 * optional parent unit and display order. Texts are checked by the model's value objects.
 */
public record UnitData(String name, String shortName, String creditCode, UUID regionId, UUID parentUnitId,
                       Integer sortOrder) {
}
