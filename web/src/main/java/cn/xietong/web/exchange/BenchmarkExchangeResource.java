package cn.xietong.web.exchange;

import cn.xietong.exchange.infrastructure.BenchmarkExchangeUnits;
import cn.xietong.web.QueryParams;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Benchmark support: many addressee units with exchange certificates and automatic acceptance. */
@Path("admin/benchmark-exchange-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "公文交换 Exchange")
public class BenchmarkExchangeResource {

    @Inject
    private BenchmarkExchangeUnits units;

    @Inject
    private CurrentCaller current;

    @POST
    @Operation(summary = "Make N benchmark addressee units (platform administrator): credit codes, exchange certificates, auto-accept on")
    public BenchmarkExchangeUnits.Made make(@QueryParam("count") String count) {
        return units.make(current.require(), QueryParams.integer(count, "count", 1000));
    }
}
