package cn.xietong.web.identity;

import cn.xietong.identity.application.AccountService;
import cn.xietong.shared.DomainException;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Unit administrators manage their people's sign-in: set an initial password, unlock. */
@Path("accounts/{personId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "登录 Sign-in")
public class AccountResource {

    /** A new password for a person, set by their unit administrator. */
    public record InitialPassword(String password) {
    }

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentCaller current;

    @PUT
    @Path("password")
    @Operation(summary = "Give a person of one's unit a sign-in, or reset it, with an initial password (unit administrators)")
    public Response setInitialPassword(@PathParam("personId") String personId, InitialPassword body) {
        if (body == null) {
            throw DomainException.invalid("identity.password.missing", "请提供初始密码。");
        }
        accounts.setInitialPassword(current.require(), id(personId), body.password());
        return Response.noContent().build();
    }

    @POST
    @Path("unlock")
    @Operation(summary = "Unlock a person's account after too many wrong passwords (unit administrators)")
    public Response unlock(@PathParam("personId") String personId) {
        accounts.unlock(current.require(), id(personId));
        return Response.noContent().build();
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("http.path-parameter.not-an-id", "人员编号格式不正确：须为 UUID。");
        }
    }
}
