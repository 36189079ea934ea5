package gov.district.investment.pipeline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.pipeline.api.PipelineStats;
import gov.district.investment.pipeline.api.StatsDocs;
import gov.district.investment.pipeline.api.UnitRanking;
import gov.district.investment.pipeline.app.PipelineStatsService;
import gov.district.investment.platform.http.Params;
import io.quarkus.security.Authenticated;

/** The district's indicators and the unit ranking. */
@Path("/api/v1/stats")
@Tag(name = "stats")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final PipelineStatsService service;

    public StatsResource(PipelineStatsService service) {
        this.service = service;
    }

    @GET
    @Path("/pipeline")
    @Operation(operationId = "getPipelineStats", summary = "Pipeline indicators", description = StatsDocs.PIPELINE)
    public PipelineStats pipeline(
            @QueryParam("year") @Parameter(description = "Default: asOf's year", example = "2026") String year,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd", example = "2026-11-27") String asOf) {
        return service.pipeline(Params.optionalYear("year", year), Params.date("asOf", asOf));
    }

    @GET
    @Path("/units")
    @Operation(operationId = "getUnitStats", summary = "Responsible units ranked", description = StatsDocs.UNITS)
    public UnitRanking units(@QueryParam("year") @Parameter(description = "Default: asOf's year", example = "2026") String year,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd", example = "2026-11-27") String asOf) {
        return service.units(Params.optionalYear("year", year), Params.date("asOf", asOf));
    }
}
