package cn.xietong.web.organisation;

import cn.xietong.organisation.application.PersonData;
import cn.xietong.organisation.application.PersonService;
import cn.xietong.organisation.model.Role;
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
import java.util.UUID;

/**
 * A unit's people (工作人员): the unit's own people read the staff list with mobiles and roles;
 * its unit administrators add people, change them, set roles, deactivate and reactivate them.
 */
@Path("units/{unitId}/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "组织机构 Organisation")
public class PersonResource {

    @Inject
    private PersonService people;

    @Inject
    private CurrentCaller current;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The unit's people in display order (own unit only); includeInactive=true adds deactivated people")
    public List<PersonView> list(@PathParam("unitId") String unitId, @QueryParam("includeInactive") String includeInactive) {
        return people.list(current.require(), unit(unitId), "true".equalsIgnoreCase(includeInactive)).stream()
                .map(PersonView::of).toList();
    }

    @GET
    @Path("{personId}")
    @Operation(summary = "One person of the unit (own unit only)")
    public PersonView get(@PathParam("unitId") String unitId, @PathParam("personId") String personId) {
        return PersonView.of(people.get(current.require(), unit(unitId), person(personId)));
    }

    @POST
    @Operation(summary = "Add a person with login name and roles (the unit's administrators; only platform administrators grant PLATFORM_ADMIN)")
    public Response create(@PathParam("unitId") String unitId, PersonRequest body) {
        PersonRequest r = Bodies.required(body, "登录名 username、姓名 name（可选：处室 departmentId、职务 position、"
                + "办公电话 officePhone、手机 mobile、工作邮箱 workEmail、排序 sortOrder、角色 roles）。");
        UUID unit = unit(unitId);
        PersonView created = PersonView.of(people.create(current.require(), unit, r.username(), data(r),
                Role.allOf(r.roles())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{personId}")
    @Operation(summary = "Change a person's name, department, position and contacts (the unit's administrators)")
    public PersonView update(@PathParam("unitId") String unitId, @PathParam("personId") String personId,
                             PersonRequest body) {
        PersonRequest r = Bodies.required(body, "姓名 name（可选：处室 departmentId、职务 position、办公电话 officePhone、"
                + "手机 mobile、工作邮箱 workEmail、排序 sortOrder）。");
        return PersonView.of(people.update(current.require(), unit(unitId), person(personId), data(r)));
    }

    @PUT
    @Path("{personId}/roles")
    @Operation(summary = "Replace a person's roles (the unit's administrators; PLATFORM_ADMIN only by platform administrators)")
    public PersonView assignRoles(@PathParam("unitId") String unitId, @PathParam("personId") String personId,
                                  RolesRequest body) {
        RolesRequest r = Bodies.required(body, "角色列表 roles，如 [\"DRAFTER\", \"REVIEWER\"]。");
        return PersonView.of(people.assignRoles(current.require(), unit(unitId), person(personId), Role.allOf(r.roles())));
    }

    @POST
    @Path("{personId}/deactivate")
    @Operation(summary = "Deactivate a person: kept for the record, gone from the address book (the unit's administrators)")
    public PersonView deactivate(@PathParam("unitId") String unitId, @PathParam("personId") String personId) {
        return PersonView.of(people.deactivate(current.require(), unit(unitId), person(personId)));
    }

    @POST
    @Path("{personId}/activate")
    @Operation(summary = "Reactivate a deactivated person (the unit's administrators)")
    public PersonView activate(@PathParam("unitId") String unitId, @PathParam("personId") String personId) {
        return PersonView.of(people.activate(current.require(), unit(unitId), person(personId)));
    }

    private static PersonData data(PersonRequest r) {
        return new PersonData(r.name(), Ids.optional(r.departmentId(), "处室编号 departmentId"), r.position(),
                r.officePhone(), r.mobile(), r.workEmail(), r.sortOrder());
    }

    private static UUID unit(String unitId) {
        return Ids.required(unitId, "单位编号");
    }

    private static UUID person(String personId) {
        return Ids.required(personId, "人员编号");
    }
}
