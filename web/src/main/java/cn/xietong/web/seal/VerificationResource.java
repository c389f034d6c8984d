package cn.xietong.web.seal;

import cn.xietong.seal.application.DocumentVerification;
import cn.xietong.web.security.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifying a sealed PDF: open to anyone, as the recipients of a document may be outside the platform. */
@Path("verification")
@PublicEndpoint
@Tag(name = "印章 Seals")
public class VerificationResource {

    @Inject
    private DocumentVerification verification;

    @POST
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify every seal and signature of a PDF: signer, seal, time, integrity, certificate chain")
    public VerificationView verify(byte[] pdf) {
        return VerificationView.of(verification.verify(pdf));
    }
}
