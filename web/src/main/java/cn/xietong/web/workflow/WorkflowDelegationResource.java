package cn.xietong.web.workflow;

import cn.xietong.workflow.application.DeadlineSweep;
import cn.xietong.workflow.application.DelegationService;
import cn.xietong.workflow.application.Views;
import cn.xietong.workflow.application.WorkflowQueries;
import cn.xietong.shared.DomainException;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Delegations while on leave (委托), my notifications (催办/超时/积压/退回), and the deadline sweep on request. */
@Path("workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "流程 Workflow")
public class WorkflowDelegationResource {

    @Inject
    private DelegationService delegations;

    @Inject
    private WorkflowQueries queries;

    @Inject
    private DeadlineSweep sweep;

    @Inject
    private CurrentCaller current;

    @GET
    @Path("delegations")
    @Operation(summary = "Delegations I gave or received that have not ended")
    public List<Views.DelegationView> list() {
        return delegations.list(current.require());
    }

    @POST
    @Path("delegations")
    @Operation(summary = "Delegate my tasks to a colleague from `from` (default now) until `until` (ISO 8601 with offset)")
    public Response create(Requests.NewDelegation body) {
        if (body == null) {
            throw DomainException.invalid("http.body-missing", "请求缺少 JSON 内容：delegateId 受托人、until 结束时间（可选：from 开始时间）。");
        }
        Views.DelegationView d = delegations.create(current.require(), Requests.requiredId(body.delegateId(), "delegateId"),
                Requests.instant(body.from(), "from"), Requests.instant(body.until(), "until"));
        return Response.status(Response.Status.CREATED).entity(d).build();
    }

    @DELETE
    @Path("delegations/{id}")
    @Operation(summary = "Revoke a delegation I gave")
    public Response revoke(@PathParam("id") String id) {
        delegations.revoke(current.require(), Requests.requiredId(id, "委托编号"));
        return Response.noContent().build();
    }

    @GET
    @Path("notifications")
    @Operation(summary = "My workflow notifications (urged, overdue, stuck, returned), newest first")
    public List<Views.NotificationView> notifications() {
        return queries.notifications(current.require());
    }

    @POST
    @Path("sweeps")
    @Operation(summary = "Run the deadline sweep now (platform administrators; the server runs it every minute)")
    public Views.SweepResult sweepNow() {
        return sweep.sweepNow(current.require());
    }
}
