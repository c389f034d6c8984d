package cn.xietong.web.organisation;

import cn.xietong.organisation.model.Unit;

/** A unit as the API shows it: public directory information, nothing internal. */
public record UnitView(String id, String name, String shortName, String creditCode, String regionId,
                       String regionName, String regionCode, String regionLevel, String parentUnitId, int sortOrder) {

    static UnitView of(Unit u) {
        return new UnitView(u.getId().toString(), u.getName(), u.getShortName().value(), u.getUscc().value(),
                u.getRegion().getId().toString(), u.getRegion().getName(), u.getRegion().getCode().value(),
                u.getRegion().getLevel().name(), u.getParentId() == null ? null : u.getParentId().toString(),
                u.getSortOrder());
    }
}
