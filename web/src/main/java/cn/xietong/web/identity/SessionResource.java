package cn.xietong.web.identity;

import cn.xietong.identity.application.AccountService;
import cn.xietong.identity.application.SignInService;
import cn.xietong.identity.model.SessionKind;
import cn.xietong.shared.DomainException;
import cn.xietong.web.security.AuthenticationFilter;
import cn.xietong.web.security.CurrentCaller;
import cn.xietong.web.security.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in and out: a browser session (cookie) for the web UI, a bearer token for API and phone
 * clients, and who the caller is.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "登录 Sign-in")
public class SessionResource {

    @Inject
    private SignInService signIn;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentCaller current;

    @Context
    private HttpServletRequest http;

    @POST
    @Path("session")
    @PublicEndpoint
    @Operation(summary = "Sign in the web UI: sets the HttpOnly session cookie")
    public Response openSession(SignInRequest request) {
        SignInService.SignedIn s = signIn.signIn(field(request).username(), request.password(), SessionKind.BROWSER, client());
        NewCookie cookie = new NewCookie.Builder(AuthenticationFilter.SESSION_COOKIE)
                .value(s.token().value()).path("/").httpOnly(true).secure(http.isSecure())
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(MeView.of(s.caller())).cookie(cookie).build();
    }

    @DELETE
    @Path("session")
    @PublicEndpoint
    @Operation(summary = "Sign out of the web UI (harmless when already signed out)")
    public Response closeSession() {
        current.token().ifPresent(t -> signIn.signOut(t, client()));
        NewCookie expired = new NewCookie.Builder(AuthenticationFilter.SESSION_COOKIE)
                .value("").path("/").httpOnly(true).maxAge(0).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.noContent().cookie(expired).build();
    }

    @POST
    @Path("tokens")
    @PublicEndpoint
    @Operation(summary = "Sign in an API or phone client: returns a bearer token valid for 30 days")
    public TokenView issueToken(SignInRequest request) {
        SignInService.SignedIn s = signIn.signIn(field(request).username(), request.password(), SessionKind.BEARER_TOKEN, client());
        return new TokenView(s.token().value(), "Bearer", s.expires(), MeView.of(s.caller()));
    }

    @DELETE
    @Path("tokens/current")
    @Operation(summary = "Revoke the bearer token of this request (sign out an API or phone client)")
    public Response revokeToken() {
        current.require();
        current.token().ifPresent(t -> signIn.signOut(t, client()));
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in person")
    public MeView me() {
        return MeView.of(current.require());
    }

    @PUT
    @Path("me/password")
    @Operation(summary = "Change one's own password")
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw DomainException.invalid("identity.password.missing", "请提供当前密码和新密码。");
        }
        accounts.changeOwnPassword(current.require(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    private static SignInRequest field(SignInRequest request) {
        if (request == null) {
            throw DomainException.invalid("identity.sign-in.missing", "请输入账号和密码。");
        }
        return request;
    }

    private String client() {
        String agent = http.getHeader("User-Agent");
        return http.getRemoteAddr() + (agent == null ? "" : " " + agent);
    }
}
