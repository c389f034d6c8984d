package cn.xietong.web.document;

import cn.xietong.document.infrastructure.BenchmarkDocumentLoader;
import cn.xietong.document.infrastructure.BenchmarkDocumentsResult;
import cn.xietong.web.QueryParams;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loads outgoing documents with their workflow (drafts, revisions, numbers, instances, tasks,
 * history) for load tests; platform administrators only. Each call adds {@code count} documents.
 */
@Path("admin/benchmark-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "公文 Documents")
public class BenchmarkDocumentsResource {

    @Inject
    private BenchmarkDocumentLoader loader;

    @Inject
    private CurrentCaller current;

    @GET
    @Operation(summary = "What the document and workflow tables hold (counts) and the expected to-do sizes of the people "
            + "in the unit of focus (default liguodong)")
    public BenchmarkDocumentsResult status(@QueryParam("focus") String focus) {
        return loader.status(current.require(), focus == null || focus.isBlank() ? "liguodong" : focus.strip());
    }

    @POST
    @Operation(summary = "Write count more benchmark documents (default 10000, at most 2000000): running = percent still in "
            + "the flow (default 6), focusShare = per mille in the focus person's unit (default 30), focus = that person's "
            + "login (default liguodong), seed; returns counts, the focus unit's expected to-do sizes and elapsed ms")
    public BenchmarkDocumentsResult load(@QueryParam("count") String count, @QueryParam("running") String running,
                                         @QueryParam("focusShare") String focusShare, @QueryParam("focus") String focus,
                                         @QueryParam("seed") String seed) {
        return loader.load(current.require(), QueryParams.integer(count, "count", 10_000),
                QueryParams.integer(seed, "seed", 20261123), QueryParams.integer(running, "running", 6),
                QueryParams.integer(focusShare, "focusShare", 30), focus == null || focus.isBlank() ? "liguodong" : focus.strip());
    }
}
