package cn.xietong.web.organisation;

import cn.xietong.organisation.application.RegionService;
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

import java.util.List;

/** Administrative regions (行政区划) on five levels: browse level by level; platform administrators add and rename. */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "组织机构 Organisation")
public class RegionResource {

    @Inject
    private RegionService regions;

    @Inject
    private CurrentCaller current;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The regions directly under parentId, or the provinces when it is absent")
    public List<RegionView> children(@QueryParam("parentId") String parentId) {
        return regions.children(current.require(), QueryParams.uuid(parentId, "parentId")).stream()
                .map(RegionView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One region")
    public RegionView get(@PathParam("id") String id) {
        return RegionView.of(regions.get(current.require(), Ids.required(id, "区划编号")));
    }

    @POST
    @Operation(summary = "Add a region exactly one level below its parent (platform administrators)")
    public Response create(RegionRequest body) {
        RegionRequest r = Bodies.required(body, "区划名称 name、区划代码 code、层级 level、上级区划 parentId。");
        RegionView created = RegionView.of(regions.create(current.require(), r.name(), r.code(), r.level(),
                Ids.optional(r.parentId(), "上级区划编号 parentId")));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a region (platform administrators); code, level and parent do not change")
    public RegionView rename(@PathParam("id") String id, RegionRequest body) {
        RegionRequest r = Bodies.required(body, "新的区划名称 name。");
        return RegionView.of(regions.rename(current.require(), Ids.required(id, "区划编号"), r.name()));
    }
}
