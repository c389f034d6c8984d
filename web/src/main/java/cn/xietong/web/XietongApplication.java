package cn.xietong.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Xietong (协同) API", version = "0.1",
                description = "Collaborative office and official-document exchange for government units. "
                        + "Errors are RFC 9457 problem details with a stable `code` and a Chinese `detail`."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "session")})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Token from POST /api/tokens (API and phone clients)")
@SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, apiKeyName = "XIETONG_SESSION",
        in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.COOKIE,
        description = "Cookie from POST /api/session (the web UI); state-changing requests also need the header X-Xietong-Request: 1")
public class XietongApplication extends Application {
}
