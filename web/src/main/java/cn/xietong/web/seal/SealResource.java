package cn.xietong.web.seal;

import cn.xietong.seal.application.SealService;
import cn.xietong.seal.application.SealSpec;
import cn.xietong.shared.DomainException;
import cn.xietong.web.QueryParams;
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

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** The unit's electronic seals (电子印章): make, list, picture, apply to a PDF. */
@Path("seals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "印章 Seals")
public class SealResource {

    @Inject
    private SealService seals;

    @Inject
    private CurrentCaller current;

    @GET
    @Operation(summary = "The seals of one's own unit")
    public List<SealView> list() {
        return seals.sealsOfMyUnit(current.require()).stream().map(SealView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a seal of one's unit (seal administrators): GB/T 38540 SES_Seal signed by the platform")
    public Response make(SealRequest request) {
        if (request == null) {
            throw DomainException.invalid("seal.spec.missing", "请填写印章用途、使用人和有效期。");
        }
        var spec = new SealSpec(request.purpose(), request.users() == null ? null : new HashSet<>(request.users()),
                request.validFrom(), request.validTo());
        return Response.status(201).entity(SealView.of(seals.make(current.require(), spec))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One seal of one's unit")
    public SealView get(@PathParam("id") String id) {
        return SealView.of(seals.seal(current.require(), sealId(id)));
    }

    @GET
    @Path("{id}/picture")
    @Produces("image/png")
    @Operation(summary = "The seal's picture (transparent PNG)")
    public byte[] picture(@PathParam("id") String id) {
        return seals.seal(current.require(), sealId(id)).seal().picture().data();
    }

    @POST
    @Path("{id}/applications")
    @Consumes("application/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Apply the seal to a PDF (the seal's users): visible stamp + GB/T 38540 signature; returns the sealed PDF")
    public byte[] apply(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("x") String x,
                        @QueryParam("y") String y, byte[] pdf) {
        return seals.apply(current.require(), sealId(id), pdf, QueryParams.integer(page, "page", 1),
                QueryParams.integer(x, "x", 120), QueryParams.integer(y, "y", 200));
    }

    private static UUID sealId(String value) {
        UUID id = QueryParams.uuid(value, "id");
        if (id == null) {
            throw DomainException.invalid("seal.id.missing", "请指定印章。");
        }
        return id;
    }
}
