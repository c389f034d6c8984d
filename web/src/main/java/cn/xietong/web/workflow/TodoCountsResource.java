package cn.xietong.web.workflow;

import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The counts on the home page: to-do items (待办), overdue (超时) and unread circulations (未读).
 * Documents and workflow do not exist yet, so every count is zero; the document flow fills them.
 */
@Path("todo-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "待办 To-do")
public class TodoCountsResource {

    public record TodoCounts(long todo, long overdue, long unread) {
    }

    @Inject
    private CurrentCaller current;

    @GET
    @Operation(summary = "The signed-in person's to-do, overdue and unread counts")
    public TodoCounts counts() {
        current.require();
        return new TodoCounts(0, 0, 0);
    }
}
