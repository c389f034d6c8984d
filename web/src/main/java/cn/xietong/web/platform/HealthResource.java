package cn.xietong.web.platform;

import cn.xietong.web.security.PublicEndpoint;
import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import javax.sql.DataSource;
import java.sql.Connection;

/** Liveness and readiness for load balancers and operators: the server answers; the database answers. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
@Tag(name = "运维 Operations")
public class HealthResource {

    public record Health(String status, String database) {
    }

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    @GET
    @Path("live")
    @Operation(summary = "The server is up")
    public Health live() {
        return new Health("UP", null);
    }

    @GET
    @Path("ready")
    @Operation(summary = "The server can serve requests: the database answers within 2 s")
    public Response ready() {
        boolean db;
        try (Connection c = dataSource.getConnection()) {
            db = c.isValid(2);
        } catch (Exception e) {
            db = false;
        }
        Health h = new Health(db ? "UP" : "DOWN", db ? "UP" : "DOWN");
        return Response.status(db ? 200 : 503).entity(h).build();
    }
}
