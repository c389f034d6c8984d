package cn.xietong.web.audit;

import cn.xietong.audit.application.AuditChainCheck;
import cn.xietong.audit.application.AuditQuery;
import cn.xietong.web.QueryParams;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The audit log (留痕) for administrators, and the check that its SM3 chain is whole. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "审计 Audit")
public class AuditResource {

    @Inject
    private CurrentCaller current;

    @Inject
    private AuditQuery query;

    @Inject
    private AuditChainCheck chain;

    @GET
    @Operation(summary = "Newest audit entries: all for platform administrators, the own unit's for unit administrators")
    public List<AuditEntryView> latest(@QueryParam("action") String actionPrefix,
                                       @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return query.latest(current.require(), actionPrefix,
                        QueryParams.integer(page, "page", 0), QueryParams.integer(size, "size", 50)).stream().map(AuditEntryView::of).toList();
    }

    @GET
    @Path("chain")
    @Operation(summary = "Verify the whole SM3 chain of the audit log (platform administrators)")
    public AuditChainCheck.Result verifyChain() {
        current.require().requirePlatformAdmin();
        return chain.verify();
    }
}
