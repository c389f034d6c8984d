package cn.xietong.web.organisation;

import cn.xietong.organisation.infrastructure.CityScaleLoader;
import cn.xietong.organisation.infrastructure.CityScaleResult;
import cn.xietong.web.QueryParams;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Loads a benchmark city (about 1,000 units, 36,638 people without accounts) for load tests; platform administrators only. */
@Path("admin/benchmark-city")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "组织机构 Organisation")
public class BenchmarkCityResource {

    @Inject
    private CityScaleLoader loader;

    @Inject
    private CurrentCaller current;

    @POST
    @Operation(summary = "Write one more benchmark city (people default 36638, between 5000 and 200000; seed for the random names); returns counts and elapsed ms")
    public CityScaleResult load(@QueryParam("people") String people, @QueryParam("seed") String seed) {
        int count = QueryParams.integer(people, "people", 36_638);
        long randomSeed = QueryParams.integer(seed, "seed", 20260101);
        return loader.load(current.require(), count, randomSeed);
    }
}
