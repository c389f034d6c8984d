package cn.xietong.web.exchange;

import cn.xietong.exchange.application.InboxService;
import cn.xietong.web.QueryParams;
import cn.xietong.web.exchange.ExchangeViews.InboxDetailView;
import cn.xietong.web.exchange.ExchangeViews.InboxItem;
import cn.xietong.web.exchange.ExchangeViews.InboxPageView;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** The unit inbox (收文箱): packages from other units, accepted (签收) or returned (退回) by the clerk. */
@Path("exchange/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "公文交换 Exchange")
public class InboxResource {

    @Inject
    private InboxService inbox;

    @Inject
    private CurrentCaller current;

    @Inject
    private cn.xietong.exchange.messaging.OfflineExchange offline;

    /** A reason given when returning. */
    public record ReasonRequest(String reason) {
    }

    @GET
    @Operation(summary = "The unit's inbox by state (WAITING, ACCEPTED, RETURNED, RECALLED or ALL), newest first, 50 per page")
    public InboxPageView list(@QueryParam("state") String state, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        return InboxPageView.of(inbox.list(current.require(), state, QueryParams.integer(page, "page", 0),
                QueryParams.integer(size, "size", 50)));
    }

    @GET
    @Path("count")
    @Operation(summary = "How many packages wait for acceptance (待签收)")
    public Map<String, Long> count() {
        return Map.of("waiting", inbox.waiting(current.require()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One package: metadata, files and its verification (signature, certificate, sender, digests)")
    public InboxDetailView get(@PathParam("id") String id) {
        return InboxDetailView.of(inbox.detail(current.require(), id(id)));
    }

    @GET
    @Path("{id}/files/{sm3}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A file of the package (the sealed PDF or an attachment), by its SM3")
    public Response file(@PathParam("id") String id, @PathParam("sm3") String sm3) {
        InboxService.ManifestFileContent f = inbox.file(current.require(), id(id), sm3);
        return Response.ok(f.bytes(), f.mediaType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + URLEncoder.encode(f.name(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .build();
    }

    @GET
    @Path("{id}/receipt-file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The receipt last issued for the package, as a transfer file for exchange on media (介质交换):"
            + " for a package imported from media whose sender's platform is not connected")
    public Response receiptFile(@PathParam("id") String id) {
        UUID incoming = id(id);
        return Response.ok(offline.exportReceipt(current.require(), incoming))
                .header("Content-Disposition", "attachment; filename=\"" + incoming + "-receipt.xtx\"").build();
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept the package (签收); a signed receipt goes back to the sender")
    public InboxItem accept(@PathParam("id") String id) {
        return InboxItem.of(inbox.accept(current.require(), id(id)));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the package with a reason (退回); a signed receipt goes back to the sender")
    public InboxItem giveBack(@PathParam("id") String id, ReasonRequest request) {
        return InboxItem.of(inbox.giveBack(current.require(), id(id), request == null ? null : request.reason()));
    }

    static UUID id(String value) {
        UUID id = QueryParams.uuid(value, "id");
        if (id == null) {
            throw cn.xietong.shared.DomainException.invalid("exchange.id.missing", "请指定交换包。");
        }
        return id;
    }
}
