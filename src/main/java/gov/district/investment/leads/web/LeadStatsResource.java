package gov.district.investment.leads.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.leads.api.LeadStats;
import gov.district.investment.leads.api.LeadStatsDocs;
import gov.district.investment.leads.app.LeadStatsService;
import gov.district.investment.platform.http.Params;
import io.quarkus.security.Authenticated;

/** The lead funnel's statistics (招商漏斗). */
@Path("/api/v1/stats/leads")
@Tag(name = "leads")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LeadStatsResource {

    private final LeadStatsService service;

    public LeadStatsResource(LeadStatsService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getLeadStats", summary = "The lead funnel (招商漏斗) of a year", description = LeadStatsDocs.FUNNEL)
    public LeadStats funnel(@QueryParam("year") @Parameter(description = "Default: asOf's year", example = "2026") String year,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd, default today; not in the future", example = "2026-11-27") String asOf) {
        return service.funnel(Params.optionalYear("year", year), Params.date("asOf", asOf));
    }
}
