package cn.xietong.web.organisation;

import cn.xietong.organisation.application.PageRequest;
import cn.xietong.organisation.application.UnitData;
import cn.xietong.organisation.application.UnitService;
import cn.xietong.web.QueryParams;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Units (机关单位): everyone looks them up; platform administrators create and change them. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "组织机构 Organisation")
public class UnitResource {

    @Inject
    private UnitService units;

    @Inject
    private CurrentCaller current;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Units whose name contains q, optionally in one region, in display order; paged (page from 1, size ≤ 100)")
    public PageView<UnitView> list(@QueryParam("q") String q, @QueryParam("regionId") String regionId,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = new PageRequest(QueryParams.integer(page, "page", 1),
                QueryParams.integer(size, "size", PageRequest.DEFAULT_SIZE));
        return PageView.of(units.list(current.require(), q, QueryParams.uuid(regionId, "regionId"), paging),
                UnitView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit")
    public UnitView get(@PathParam("id") String id) {
        return UnitView.of(units.get(current.require(), Ids.required(id, "单位编号")));
    }

    @POST
    @Operation(summary = "Create a unit (platform administrators); the credit code's check digit is verified")
    public Response create(UnitRequest body) {
        UnitView created = UnitView.of(units.create(current.require(), data(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a unit: name, short name, credit code, region, parent unit, order (platform administrators)")
    public UnitView update(@PathParam("id") String id, UnitRequest body) {
        return UnitView.of(units.update(current.require(), Ids.required(id, "单位编号"), data(body)));
    }

    private static UnitData data(UnitRequest body) {
        UnitRequest r = Bodies.required(body,
                "单位名称 name、机关代字 shortName、统一社会信用代码 creditCode、所在区划 regionId（可选：上级单位 parentUnitId、排序 sortOrder）。");
        return new UnitData(r.name(), r.shortName(), r.creditCode(), Ids.optional(r.regionId(), "所在区划编号 regionId"),
                Ids.optional(r.parentUnitId(), "上级单位编号 parentUnitId"), r.sortOrder());
    }
}
