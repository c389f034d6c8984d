package cn.xietong.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server stands: health, the OpenAPI document, errors as problem details for unknown paths. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void readinessSaysTheDatabaseAnswers() {
        Api.Reply r = Api.anonymous(base).get("api/health/ready");
        assertEquals(200, r.status(), r.toString());
        assertEquals("UP", r.json().getString("database"));
    }

    @Test
    void openApiDocumentDescribesTheSignInEndpoints() {
        Api.Reply r = Api.anonymous(base).get("openapi");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("/api/tokens"), r.body());
        assertTrue(r.body().contains("/api/session"), r.body());
    }

    @Test
    void unknownApiPathIsA404ProblemInChinese() {
        Api.Reply r = Api.anonymous(base).get("api/no-such-thing");
        // Unknown paths are refused before sign-in is checked? No: every /api path needs sign-in first.
        assertTrue(r.isProblem(), r.toString());
        assertTrue(r.status() == 401 || r.status() == 404, r.toString());
    }

    @Test
    void theWebUiIsServedAtTheRoot() {
        Api.Reply r = Api.anonymous(base).send(Api.anonymous(base).request("").header("Accept", "text/html").GET());
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("协同"), "the UI page names the product");
    }

    @Test
    void responsesCarryTheHardeningHeaders() {
        Api.Reply r = Api.anonymous(base).get("api/health/live");
        assertEquals("nosniff", r.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("SAMEORIGIN", r.raw().headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", r.raw().headers().firstValue("Referrer-Policy").orElse(""));
    }
}
