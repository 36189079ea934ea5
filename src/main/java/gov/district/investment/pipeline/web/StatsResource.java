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
import gov.district.investment.pipeline.api.UnitRanking;
import gov.district.investment.pipeline.app.PipelineStatsService;
import gov.district.investment.platform.http.Params;
import io.quarkus.security.Authenticated;

/** The district's indicators and the unit ranking. */
@Path("/api/v1/stats")
@Tag(name = "pipeline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final PipelineStatsService service;

    public StatsResource(PipelineStatsService service) {
        this.service = service;
    }

    @GET
    @Path("/pipeline")
    @Operation(summary = "Pipeline indicators", description = "Counts by stage, 新开工 and 续建, projects ≥ 1亿 and ≥ 1000万 in construction, 竣工未投产, and investment planned vs completed vs 均衡进度 vs the year's target; overall and per industry, area, unit and level. asOf (default today) gives the figures as known at the end of that day.")
    public PipelineStats pipeline(
            @QueryParam("year") @Parameter(description = "Default: asOf's year", example = "2026") String year,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd", example = "2026-11-27") String asOf) {
        return service.pipeline(Params.optionalYear("year", year), Params.date("asOf", asOf));
    }

    @GET
    @Path("/units")
    @Operation(summary = "Responsible units ranked", description = "Units by completion rate of their projects' planned investment, best first; units with nothing planned last. asOf as for the indicators.")
    public UnitRanking units(@QueryParam("year") @Parameter(description = "Default: asOf's year", example = "2026") String year,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd", example = "2026-11-27") String asOf) {
        return service.units(Params.optionalYear("year", year), Params.date("asOf", asOf));
    }
}
