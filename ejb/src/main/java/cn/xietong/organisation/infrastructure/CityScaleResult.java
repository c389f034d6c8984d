package cn.xietong.organisation.infrastructure;

import java.util.UUID;

/** What the city-scale loader made and how long it took. */
public record CityScaleResult(UUID cityRegionId, String cityName, String cityCode, int regions, int units,
                              int departments, int people, int roleGrants, long elapsedMillis) {
}
