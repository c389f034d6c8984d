package cn.xietong.web.exchange;

import cn.xietong.exchange.application.DistributionService;
import cn.xietong.exchange.application.SentDocuments;
import cn.xietong.exchange.format.AddresseeRole;
import cn.xietong.exchange.model.PackageState;
import cn.xietong.shared.DomainException;
import cn.xietong.web.QueryParams;
import cn.xietong.web.exchange.ExchangeViews.SentDocumentView;
import cn.xietong.web.exchange.ExchangeViews.SentItem;
import cn.xietong.web.exchange.ExchangeViews.SentSummaryView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Sent-document tracking (发文跟踪), recall (撤回), urge (催办) and further distribution (补发). */
@Path("exchange")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "公文交换 Exchange")
public class SentResource {

    @Inject
    private SentDocuments sent;

    @Inject
    private DistributionService distribution;

    @Inject
    private cn.xietong.exchange.messaging.OfflineExchange offline;

    @Inject
    private CurrentCaller current;

    public record ReasonRequest(String reason) {
    }

    public record UrgeRequest(String message) {
    }

    public record AddresseeRequest(String uscc, String role) {
    }

    public record DistributionRequest(List<AddresseeRequest> addressees) {
    }

    public record DistributionView(java.util.UUID documentId, int packages, int local, int remote, List<String> skipped) {
    }

    @GET
    @Path("sent")
    @Operation(summary = "Documents the unit distributed, newest first, with counts of their packages by state")
    public List<SentSummaryView> documents(@QueryParam("page") String page, @QueryParam("size") String size) {
        return sent.documents(current.require(), QueryParams.integer(page, "page", 0), QueryParams.integer(size, "size", 50))
                .stream().map(SentSummaryView::of).toList();
    }

    @GET
    @Path("sent/{documentId}")
    @Operation(summary = "One distributed document: its counts by state and a page of its addressees with their states and"
            + " times; state (comma-separated: QUEUED, SENT, DELIVERED, ACCEPTED, RETURNED, RECALLING, RECALLED, FAILED)"
            + " and q (part of a unit's name or credit code) narrow the list")
    public SentDocumentView document(@PathParam("documentId") String documentId, @QueryParam("state") String state,
                                     @QueryParam("q") String q, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return SentDocumentView.of(sent.addressees(current.require(), InboxResource.id(documentId), states(state), q,
                QueryParams.integer(page, "page", 0), QueryParams.integer(size, "size", 100)));
    }

    private static Set<PackageState> states(String state) {
        Set<PackageState> states = EnumSet.noneOf(PackageState.class);
        if (state == null || state.isBlank() || state.equalsIgnoreCase("ALL")) {
            return states;
        }
        for (String one : state.split(",")) {
            try {
                states.add(PackageState.valueOf(one.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("exchange.sent.state", "状态“" + one.strip() + "”不存在；可选："
                        + java.util.Arrays.stream(PackageState.values()).map(s -> s.name() + "（" + s.label() + "）")
                        .collect(java.util.stream.Collectors.joining("、")) + "，多个用逗号分隔。");
            }
        }
        return states;
    }

    @POST
    @Path("sent/{documentId}/urge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Urge every addressee that has not yet accepted or returned the document (催办全部未签收),"
            + " except those urged in the last 10 minutes")
    public SentDocuments.UrgedAll urgeAll(@PathParam("documentId") String documentId, UrgeRequest request) {
        return sent.urgeAllWaiting(current.require(), InboxResource.id(documentId), request == null ? null : request.message());
    }

    @POST
    @Path("packages/{packageId}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recall a package not yet accepted (撤回), with a reason")
    public SentItem recall(@PathParam("packageId") String packageId, ReasonRequest request) {
        return SentItem.of(sent.recall(current.require(), InboxResource.id(packageId), request == null ? null : request.reason()));
    }

    @POST
    @Path("packages/{packageId}/urge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Urge the addressee to accept a waiting package (催办)")
    public SentItem urge(@PathParam("packageId") String packageId, UrgeRequest request) {
        return SentItem.of(sent.urge(current.require(), InboxResource.id(packageId), request == null ? null : request.message()));
    }

    @GET
    @Path("packages/{packageId}/transfer-file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The package as a transfer file for exchange on media (介质交换)")
    public jakarta.ws.rs.core.Response transferFile(@PathParam("packageId") String packageId) {
        java.util.UUID id = InboxResource.id(packageId);
        return jakarta.ws.rs.core.Response.ok(offline.export(current.require(), id))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".xtx\"").build();
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Import a transfer file (介质交换): it is checked and handled like one received over the network")
    public jakarta.ws.rs.core.Response importFile(byte[] bytes) {
        return jakarta.ws.rs.core.Response.accepted(offline.importFile(current.require(), bytes)).build();
    }

    @POST
    @Path("distributions/{documentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Distribute a sealed document to further units by credit code (补发); role MAIN (主送) or COPY (抄送)")
    public DistributionView distribute(@PathParam("documentId") String documentId, DistributionRequest request) {
        if (request == null || request.addressees() == null || request.addressees().isEmpty()) {
            throw DomainException.invalid("exchange.distribute.addressees-missing", "请指定收文单位（addressees：uscc 和 role）。");
        }
        var caller = current.require();
        if (!caller.has(cn.xietong.organisation.model.Role.CLERK)) {
            throw DomainException.forbidden("exchange.distribute.clerk-only", "只有本单位的文书/收发员可以补发公文。");
        }
        List<DistributionService.Addressee> addressees = request.addressees().stream().map(a -> new DistributionService.Addressee(
                a == null ? null : a.uscc(), a == null ? null : role(a.role()))).toList();
        var d = distribution.distribute(caller, InboxResource.id(documentId), addressees);
        return new DistributionView(d.documentId(), d.packages(), d.local(), d.remote(), d.skipped());
    }

    private static AddresseeRole role(String role) {
        if (role == null || role.isBlank() || role.equalsIgnoreCase("MAIN") || role.equals("主送")) {
            return AddresseeRole.MAIN;
        }
        if (role.equalsIgnoreCase("COPY") || role.equals("抄送")) {
            return AddresseeRole.COPY;
        }
        throw DomainException.invalid("exchange.distribute.role", "收文单位的角色只能是 MAIN（主送）或 COPY（抄送），而不是“" + role + "”。");
    }
}
