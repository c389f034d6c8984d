package cn.xietong.web.workflow;

import cn.xietong.workflow.application.Views;
import cn.xietong.workflow.application.WorkflowQueries;
import cn.xietong.workflow.application.WorkflowService;
import cn.xietong.shared.DomainException;
import cn.xietong.web.QueryParams;
import cn.xietong.web.organisation.PageView;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** My lists (待办, 已办) and the actions on one task: approve, return, transfer, claim. */
@Path("workflow/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "流程 Workflow")
public class WorkflowTaskResource {

    @Inject
    private WorkflowService workflow;

    @Inject
    private WorkflowQueries queries;

    @Inject
    private CurrentCaller current;

    @GET
    @Path("todo")
    @Operation(summary = "My to-do (待办), one page (page from 1, size 1–200, default 50): my tasks and my principals' while "
            + "I am their delegate, then for leaders/unit administrators the unit's overdue and stuck work; the most overdue "
            + "first; with overdue/stuck flags, the total and the counts of own, overdue and supervised items; "
            + "instanceId: only the tasks of that workflow instance")
    public Views.TodoPage todo(@QueryParam("page") String page, @QueryParam("size") String size,
                               @QueryParam("instanceId") String instanceId) {
        return queries.todo(current.require(), QueryParams.workListPage(page, size), QueryParams.uuid(instanceId, "instanceId"));
    }

    @GET
    @Path("done")
    @Operation(summary = "My done list (已办), the latest first; one page (page from 1, size 1–200, default 50) with the total")
    public PageView<Views.TaskView> done(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(queries.done(current.require(), QueryParams.workListPage(page, size)), t -> t);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve (同意) with an optional opinion; 409 when someone else acted first")
    public Response approve(@PathParam("id") String id, Requests.Opinion body) {
        java.util.Map<String, String> parameters = body == null || body.sealId() == null
                ? java.util.Map.of() : java.util.Map.of("sealId", body.sealId());
        workflow.approve(current.require(), task(id), body == null ? null : body.opinion(), parameters);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return (退回) to an earlier step (toStep: index, -1 the drafter, default the step before) with a reason")
    public Response returnTo(@PathParam("id") String id, Requests.Return body) {
        if (body == null) {
            throw DomainException.invalid("http.body-missing", "请求缺少 JSON 内容：reason 退回理由（可选：toStep 退回到的步骤）。");
        }
        workflow.returnTo(current.require(), task(id), body.toStep(), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Transfer (转办) the task to a colleague of the unit")
    public Response transfer(@PathParam("id") String id, Requests.Transfer body) {
        if (body == null) {
            throw DomainException.invalid("http.body-missing", "请求缺少 JSON 内容：personId 转办对象（可选：note 说明）。");
        }
        workflow.transfer(current.require(), task(id), Requests.requiredId(body.personId(), "personId"), body.note());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Claim (认领) a task offered to a role or department, so it is mine alone")
    public Response claim(@PathParam("id") String id) {
        workflow.claim(current.require(), task(id));
        return Response.noContent().build();
    }

    private static UUID task(String id) {
        return Requests.requiredId(id, "待办编号");
    }
}
