package cn.xietong.web.workflow;

import cn.xietong.workflow.application.Views;
import cn.xietong.workflow.application.WorkflowQueries;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The counts on the home page: my to-do items (待办, including those I hold as a delegate), how many
 * of them are overdue (超时), and unread circulations (未读 — none yet: circulation comes with the
 * incoming-document flow).
 */
@Path("todo-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "待办 To-do")
public class TodoCountsResource {

    @Inject
    private WorkflowQueries queries;

    @Inject
    private CurrentCaller current;

    @GET
    @Operation(summary = "The signed-in person's to-do, overdue and unread counts")
    public Views.TodoCounts counts() {
        return queries.counts(current.require());
    }
}
