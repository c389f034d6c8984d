package cn.xietong.web.exchange;

import cn.xietong.exchange.application.ExchangeAdministration;
import cn.xietong.exchange.application.ExchangeRouting;
import cn.xietong.exchange.application.ThisPlatform;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.messaging.DeadLetters;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.shared.DomainException;
import cn.xietong.web.QueryParams;
import cn.xietong.web.exchange.ExchangeViews.RejectionView;
import cn.xietong.web.exchange.ExchangeViews.RouteView;
import cn.xietong.web.exchange.ExchangeViews.TrustedCaView;
import cn.xietong.web.security.CurrentCaller;
import cn.xietong.web.security.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The exchange's administration: this platform's identity and the package schema (public), the
 * routing table and trusted peer roots (platform administrator), automatic acceptance (unit
 * administrator), refused packages and dead letters.
 */
@Path("exchange")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "公文交换 Exchange")
public class ExchangeAdminResource {

    @Inject
    private ExchangeAdministration admin;

    @Inject
    private DeadLetters deadLetters;

    @Inject
    private PlatformKeys keys;

    @Inject
    private CurrentCaller current;

    public record PlatformView(String platformCode, String rootCertificate, String rootFingerprint) {
    }

    public record TrustRequest(String platformCode, String certificate) {
    }

    public record AutoAcceptRequest(Boolean autoAccept) {
    }

    @GET
    @Path("platform")
    @PublicEndpoint
    @Operation(summary = "This platform's code and root certificate (PEM), for peers to trust its units' signatures")
    public PlatformView platform() {
        return new PlatformView(ThisPlatform.code(), keys.rootCertificate().toPem(),
                keys.rootCertificate().fingerprint().toString());
    }

    @GET
    @Path("schema")
    @PublicEndpoint
    @Produces("application/xml")
    @Operation(summary = "The XML schema of exchange manifests, receipts and notices (urn:xietong:exchange:1)")
    public byte[] schema() {
        return ExchangeXml.schema();
    }

    @GET
    @Path("routes")
    @Operation(summary = "The routing table: which peer platform hosts which unit")
    public List<RouteView> routes() {
        current.require().requirePlatformAdmin();
        return admin.routes().stream().map(RouteView::of).toList();
    }

    @PUT
    @Path("routes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or update routes [{uscc, unitName, platformCode}] (platform administrator)")
    public List<RouteView> putRoutes(List<ExchangeAdministration.Route> routes) {
        return admin.putRoutes(current.require(), routes).stream().map(RouteView::of).toList();
    }

    @DELETE
    @Path("routes/{uscc}")
    @Operation(summary = "Remove a route (platform administrator)")
    public Response deleteRoute(@PathParam("uscc") String uscc) {
        admin.deleteRoute(current.require(), uscc);
        return Response.noContent().build();
    }

    @GET
    @Path("trusted-cas")
    @Operation(summary = "Peer platforms' root certificates trusted for their units' signatures")
    public List<TrustedCaView> trustedCas() {
        current.require().requirePlatformAdmin();
        return admin.trustedCas().stream().map(TrustedCaView::of).toList();
    }

    @POST
    @Path("trusted-cas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trust a peer platform's root certificate {platformCode, certificate (PEM)} (platform administrator)")
    public Response trust(TrustRequest request) {
        if (request == null) {
            throw DomainException.invalid("exchange.trust.missing", "请提供平台代码和根证书（platformCode、certificate）。");
        }
        return Response.status(201).entity(TrustedCaView.of(admin.trust(current.require(), request.platformCode(),
                request.certificate()))).build();
    }

    @GET
    @Path("units/{unitId}/settings")
    @Operation(summary = "A unit's exchange settings (automatic acceptance)")
    public Map<String, Boolean> settings(@PathParam("unitId") String unitId) {
        var caller = current.require();
        var id = InboxResource.id(unitId);
        if (!caller.isPlatformAdmin() && !caller.belongsTo(id)) {
            throw DomainException.forbidden("exchange.settings.other-unit", "只能查看本单位的交换设置。");
        }
        return Map.of("autoAccept", admin.autoAccept(id));
    }

    @PUT
    @Path("units/{unitId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn automatic acceptance (自动签收) on or off (unit administrator)")
    public Map<String, Boolean> putSettings(@PathParam("unitId") String unitId, AutoAcceptRequest request) {
        if (request == null || request.autoAccept() == null) {
            throw DomainException.invalid("exchange.settings.missing", "请指定 autoAccept（true 或 false）。");
        }
        return Map.of("autoAccept", admin.setAutoAccept(current.require(), InboxResource.id(unitId), request.autoAccept()));
    }

    @GET
    @Path("rejections")
    @Operation(summary = "Packages refused by verification, newest first (platform administrator: all; unit administrator: the unit's)")
    public List<RejectionView> rejections(@QueryParam("limit") String limit) {
        int n = QueryParams.integer(limit, "limit", 100);
        if (n < 1 || n > 500) {
            throw DomainException.invalid("exchange.rejections.limit", "limit 应为 1 到 500。");
        }
        return admin.rejections(current.require(), n).stream().map(RejectionView::of).toList();
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "Exchange messages that failed five times (platform administrator)")
    public List<DeadLetters.DeadLetter> deadLetters() {
        return deadLetters.list(current.require());
    }

    @POST
    @Path("dead-letters/{id}/retry")
    @Operation(summary = "Send a dead letter back to the exchange queue (platform administrator)")
    public Response retry(@PathParam("id") String id) {
        deadLetters.retry(current.require(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("dead-letters/{id}")
    @Operation(summary = "Discard a dead letter (platform administrator)")
    public Response discard(@PathParam("id") String id) {
        deadLetters.discard(current.require(), id);
        return Response.noContent().build();
    }
}
