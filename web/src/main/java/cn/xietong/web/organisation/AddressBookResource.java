package cn.xietong.web.organisation;

import cn.xietong.organisation.application.AddressBook;
import cn.xietong.organisation.application.AddressBookEntry;
import cn.xietong.organisation.application.AddressBookQuery;
import cn.xietong.organisation.application.DepartmentName;
import cn.xietong.organisation.application.PageRequest;
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

/**
 * The electronic address book (电子通信录) of the whole platform: work contacts of everyone, the
 * mobile only for people of the reader's own unit.
 */
@Path("address-book")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "电子通信录 Address book")
public class AddressBookResource {

    @Inject
    private AddressBook addressBook;

    @Inject
    private CurrentCaller current;

    @GET
    @Operation(summary = "Search by part of a name (or the start of the pinyin login name), unit and department; paged (page from 1, size ≤ 100)")
    public PageView<AddressBookEntry> search(@QueryParam("q") String q, @QueryParam("unitId") String unitId,
                                             @QueryParam("departmentId") String departmentId,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        AddressBookQuery query = new AddressBookQuery(q, QueryParams.uuid(unitId, "unitId"),
                QueryParams.uuid(departmentId, "departmentId"),
                new PageRequest(QueryParams.integer(page, "page", 1),
                        QueryParams.integer(size, "size", PageRequest.DEFAULT_SIZE)));
        return PageView.of(addressBook.search(current.require(), query), e -> e);
    }

    @GET
    @Path("departments")
    @Operation(summary = "Names and ids of a unit's departments, to narrow a search")
    public List<DepartmentName> departments(@QueryParam("unitId") String unitId) {
        return addressBook.departmentsOf(current.require(), QueryParams.uuid(unitId, "unitId"));
    }
}
