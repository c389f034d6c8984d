package cn.xietong.web.workflow;

import cn.xietong.workflow.application.TemplateService;
import cn.xietong.workflow.application.Views;
import cn.xietong.workflow.model.DocumentKind;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The unit's process templates, one per document kind; only its unit administrators. */
@Path("workflow/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "流程 Workflow")
public class WorkflowTemplateResource {

    @Inject
    private TemplateService templates;

    @Inject
    private CurrentCaller current;

    @GET
    @Operation(summary = "The caller's unit's template for each of the 15 document kinds (version 0 = built-in default)")
    public List<Views.TemplateSummary> list() {
        return templates.list(current.require());
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "The current template of a kind (NOTICE or 通知), with its steps and its JSON")
    public Views.TemplateView get(@PathParam("kind") String kind) {
        return templates.get(current.require(), DocumentKind.of(kind));
    }

    @GET
    @Path("{kind}/export")
    @Operation(summary = "The current template of a kind as importable JSON (a file download)")
    public Response export(@PathParam("kind") String kind) {
        DocumentKind k = DocumentKind.of(kind);
        String json = templates.export(current.require(), k);
        return Response.ok(json, MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"template-" + k.name().toLowerCase() + ".json\"").build();
    }

    @PUT
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a template for a kind as its next version; 400 lists every problem with its path")
    public Views.TemplateView importTemplate(@PathParam("kind") String kind, String json) {
        return templates.importTemplate(current.require(), DocumentKind.of(kind), json);
    }
}
