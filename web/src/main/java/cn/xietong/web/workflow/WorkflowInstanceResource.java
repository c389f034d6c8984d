package cn.xietong.web.workflow;

import cn.xietong.workflow.application.Views;
import cn.xietong.workflow.application.WorkflowQueries;
import cn.xietong.workflow.application.WorkflowService;
import cn.xietong.workflow.application.WorkflowService.SignerChoice;
import cn.xietong.shared.DomainException;
import cn.xietong.document.application.OutgoingDocumentFlow;
import cn.xietong.web.QueryParams;
import cn.xietong.web.organisation.PageView;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A document's route: submit, read (steps, tasks, history), withdraw, urge, add and remove countersigners. */
@Path("workflow/instances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "流程 Workflow")
public class WorkflowInstanceResource {

    @Inject
    private WorkflowService workflow;

    @Inject
    private WorkflowQueries queries;

    @Inject
    private CurrentCaller current;

    @Inject
    private OutgoingDocumentFlow flow;

    @Context
    private UriInfo uri;

    @POST
    @Operation(summary = "Submit a ready draft (drafters): starts its route on the unit's current template of its kind; title and kind come from the draft")
    public Response start(Requests.Start body) {
        if (body == null) {
            throw DomainException.invalid("http.body-missing", "请求缺少 JSON 内容：documentId 公文编号（可选：signers 会签处室或人员）。");
        }
        List<SignerChoice> signers = new ArrayList<>();
        if (body.signers() != null) {
            for (int i = 0; i < body.signers().size(); i++) {
                signers.add(Requests.signer(body.signers().get(i), "signers[" + i + "]"));
            }
        }
        var caller = current.require();
        // The draft decides title and kind; it must exist, be the caller's unit's, and be ready.
        UUID id = flow.submit(caller, Requests.id(body.documentId(), "documentId"), signers);
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(queries.instance(caller, id)).build();
    }

    @GET
    @Path("started")
    @Operation(summary = "My started (我发起的): instances of the documents I submitted, the latest first; one page "
            + "(page from 1, size 1–200, default 50) with the total; documentId: only the instances of that document")
    public PageView<Views.InstanceSummary> started(@QueryParam("page") String page, @QueryParam("size") String size,
                                                   @QueryParam("documentId") String documentId) {
        return PageView.of(queries.started(current.require(), QueryParams.workListPage(page, size),
                QueryParams.uuid(documentId, "documentId")), i -> i);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An instance: its steps, every task and the full history (who, when, what, opinion, for whom)")
    public Views.InstanceView get(@PathParam("id") String id) {
        return queries.instance(current.require(), Requests.requiredId(id, "流程编号"));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "An instance's history (办理记录) in order")
    public List<Views.HistoryView> history(@PathParam("id") String id) {
        return queries.instance(current.require(), Requests.requiredId(id, "流程编号")).history();
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw (撤回) what I sent on, before anyone it went to has acted; 409 with who acted otherwise")
    public Views.InstanceView withdraw(@PathParam("id") String id, Requests.Withdraw body) {
        var caller = current.require();
        UUID instance = Requests.requiredId(id, "流程编号");
        workflow.withdraw(caller, instance, body == null ? null : body.reason());
        return queries.instance(caller, instance);
    }

    @POST
    @Path("{id}/urge")
    @Operation(summary = "Urge (催办) the open tasks: everyone who sees one gets a notification")
    public Requests.Urged urge(@PathParam("id") String id, Requests.Urge body) {
        return new Requests.Urged(workflow.urge(current.require(), Requests.requiredId(id, "流程编号"),
                body == null ? null : body.message()));
    }

    @POST
    @Path("{id}/signers")
    @Operation(summary = "Add a countersigner (加签) to the active countersign: a department or a person; sequential: at the end or after afterTaskId")
    public Response addSigner(@PathParam("id") String id, Requests.AddSigner body) {
        if (body == null) {
            throw DomainException.invalid("http.body-missing", "请求缺少 JSON 内容：departmentId 或 personId（可选：afterTaskId）。");
        }
        UUID task = workflow.addSigner(current.require(), Requests.requiredId(id, "流程编号"),
                new SignerChoice(Requests.id(body.departmentId(), "departmentId"), Requests.id(body.personId(), "personId"), null),
                Requests.id(body.afterTaskId(), "afterTaskId"));
        return Response.status(Response.Status.CREATED).entity(new Requests.Created(task)).build();
    }

    @DELETE
    @Path("{id}/signers/{taskId}")
    @Operation(summary = "Remove a countersigner who has not acted yet (减签)")
    public Response removeSigner(@PathParam("id") String id, @PathParam("taskId") String taskId) {
        workflow.removeSigner(current.require(), Requests.requiredId(id, "流程编号"), Requests.requiredId(taskId, "待办编号"));
        return Response.noContent().build();
    }
}
