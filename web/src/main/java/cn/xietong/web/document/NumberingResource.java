package cn.xietong.web.document;

import cn.xietong.document.application.DocumentSettingsService;
import cn.xietong.document.application.NumberingService;
import cn.xietong.organisation.application.PageRequest;
import cn.xietong.web.QueryParams;
import cn.xietong.web.document.DocumentViews.NumberRequest;
import cn.xietong.web.document.DocumentViews.OrganCodeView;
import cn.xietong.web.document.DocumentViews.PageView;
import cn.xietong.web.document.DocumentViews.RegisterEntryView;
import cn.xietong.web.document.DocumentViews.VoidRequest;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Numbering (编号): clerks number drafts and void numbers; the register; organ codes per kind. */
@Path("numbering")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "编号 Numbering")
public class NumberingResource {

    @Inject
    private NumberingService numbering;

    @Inject
    private DocumentSettingsService settings;

    @Inject
    private CurrentCaller current;

    @POST
    @Path("documents/{id}")
    @Operation(summary = "Give the draft its document number 机关代字〔年份〕序号号 (clerks); body {year} optional, default this year")
    public RegisterEntryView assign(@PathParam("id") String id, NumberRequest body) {
        return RegisterEntryView.of(numbering.assign(current.require(), Inputs.id(id, "公文编号"),
                body == null ? null : body.year()));
    }

    @POST
    @Path("documents/{id}/void")
    @Operation(summary = "Void the draft's number (空号) with a reason (clerks); it is never given out again")
    public RegisterEntryView voidNumber(@PathParam("id") String id, VoidRequest body) {
        return RegisterEntryView.of(numbering.voidNumber(current.require(), Inputs.id(id, "公文编号"),
                Inputs.body(body, "作废原因 reason。").reason()));
    }

    @GET
    @Path("register")
    @Operation(summary = "My unit's number register (编号登记) for a year (default this year): numbers in use and voided")
    public PageView<RegisterEntryView> register(@QueryParam("year") String year, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        PageRequest paging = new PageRequest(QueryParams.integer(page, "page", 1),
                QueryParams.integer(size, "size", PageRequest.DEFAULT_SIZE));
        Integer y = year == null || year.isBlank() ? null : QueryParams.integer(year, "year", 0);
        return PageView.of(numbering.register(current.require(), y, paging), RegisterEntryView::of);
    }

    @GET
    @Path("organ-codes")
    @Operation(summary = "The organ code (机关代字) of each kind's numbers in my unit; default the unit's short name")
    public List<OrganCodeView> organCodes() {
        return settings.organCodes(current.require()).stream().map(OrganCodeView::of).toList();
    }

    @PUT
    @Path("organ-codes")
    @Operation(summary = "Set organ codes per kind, e.g. {\"LETTER\": \"南府办函\"}; blank returns a kind to the default (unit administrators)")
    public List<OrganCodeView> setOrganCodes(Map<String, String> body) {
        return settings.setOrganCodes(current.require(), body).stream().map(OrganCodeView::of).toList();
    }
}
