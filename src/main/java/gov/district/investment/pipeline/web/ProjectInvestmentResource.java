package gov.district.investment.pipeline.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.pipeline.api.InvestmentSummary;
import gov.district.investment.pipeline.api.ProjectInvestmentDocs;
import gov.district.investment.pipeline.app.InvestmentService;
import gov.district.investment.platform.http.Params;
import io.quarkus.security.Authenticated;

/** A project's investment against its annual plan and 均衡进度. */
@Path("/api/v1/projects/{id}/investment")
@Tag(name = "investment")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProjectInvestmentResource {

    private final InvestmentService service;

    public ProjectInvestmentResource(InvestmentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getProjectInvestment", summary = "Investment vs plan and 均衡进度", description = ProjectInvestmentDocs.SUMMARY)
    public InvestmentSummary summary(@PathParam("id") String id,
            @QueryParam("year") @Parameter(description = "Default: asOf's year", example = "2026") String year,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd; default today (Asia/Shanghai)", example = "2026-11-27") String asOf) {
        long projectId = Params.id("id", id);
        Integer planYear = Params.optionalYear("year", year);
        return service.summary(projectId, planYear, Params.date("asOf", asOf));
    }
}
