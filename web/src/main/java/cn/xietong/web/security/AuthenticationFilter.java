package cn.xietong.web.security;

import cn.xietong.identity.Caller;
import cn.xietong.identity.application.SignInService;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.Set;

/**
 * Recognises the caller of every API request, from a bearer token ({@code Authorization: Bearer …})
 * or the web UI's session cookie, and refuses with 401 unless the endpoint is a
 * {@link PublicEndpoint}. Cookie-authenticated requests that change state must carry the header
 * {@code X-Xietong-Request: 1}, which a cross-site form cannot send (defence against CSRF on top
 * of SameSite=Strict).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    public static final String SESSION_COOKIE = "XIETONG_SESSION";
    public static final String CSRF_HEADER = "X-Xietong-Request";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private ResourceInfo resource;

    @Inject
    private SignInService signIn;

    @Inject
    private CurrentCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        String bearer = bearerToken(request);
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        String token = bearer != null ? bearer : cookie == null ? null : cookie.getValue();
        Optional<Caller> caller = token == null ? Optional.empty() : signIn.recognise(token);
        if (caller.isPresent()) {
            if (bearer == null && !SAFE_METHODS.contains(request.getMethod())
                    && !"1".equals(request.getHeaderString(CSRF_HEADER)) && !isPublic()) {
                throw DomainException.forbidden("identity.csrf-header-missing",
                        "请求缺少 " + CSRF_HEADER + " 头：请从协同网页或客户端发起操作。");
            }
            current.signedIn(caller.get(), token);
            return;
        }
        if (!isPublic()) {
            String message = token == null ? "请先登录。" : "登录已过期或已退出，请重新登录。";
            throw new DomainException(ErrorKind.UNAUTHENTICATED,
                    token == null ? "identity.sign-in.required" : "identity.session.expired", message);
        }
    }

    private boolean isPublic() {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        return resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
    }

    private static String bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return null;
    }
}
