package cn.xietong.web.organisation;

import cn.xietong.organisation.application.DepartmentService;
import cn.xietong.organisation.application.DepartmentView;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A unit's departments (处室): its own people read them; its unit administrators add and rename them. */
@Path("units/{unitId}/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "组织机构 Organisation")
public class DepartmentResource {

    @Inject
    private DepartmentService departments;

    @Inject
    private CurrentCaller current;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The unit's departments with their number of active people (own unit only)")
    public List<DepartmentView> list(@PathParam("unitId") String unitId) {
        return departments.list(current.require(), Ids.required(unitId, "单位编号"));
    }

    @POST
    @Operation(summary = "Add a department (the unit's administrators)")
    public Response create(@PathParam("unitId") String unitId, DepartmentRequest body) {
        DepartmentRequest r = Bodies.required(body, "处室名称 name（可选：排序 sortOrder）。");
        DepartmentView created = departments.create(current.require(), Ids.required(unitId, "单位编号"), r.name(),
                r.sortOrder());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{departmentId}")
    @Operation(summary = "Rename or reorder a department (the unit's administrators)")
    public DepartmentView update(@PathParam("unitId") String unitId, @PathParam("departmentId") String departmentId,
                                 DepartmentRequest body) {
        DepartmentRequest r = Bodies.required(body, "处室名称 name（可选：排序 sortOrder）。");
        return departments.update(current.require(), Ids.required(unitId, "单位编号"),
                Ids.required(departmentId, "处室编号"), r.name(), r.sortOrder());
    }
}
