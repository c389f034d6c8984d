package cn.xietong.web.organisation;

import cn.xietong.organisation.model.Region;

/** An administrative region as the API shows it. */
public record RegionView(String id, String code, String name, String level, String levelName, String parentId) {

    static RegionView of(Region r) {
        return new RegionView(r.getId().toString(), r.getCode().value(), r.getName(), r.getLevel().name(),
                r.getLevel().chineseName(), r.getParentId() == null ? null : r.getParentId().toString());
    }
}
