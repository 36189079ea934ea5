package gov.district.investment.pipeline.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.pipeline.api.MissingReports;
import gov.district.investment.pipeline.api.ReportDocs;
import gov.district.investment.pipeline.app.MonthlyReportService;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import io.quarkus.security.Authenticated;

/** Reports across projects: who still owes a month. */
@Path("/api/v1/reports")
@Tag(name = "reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final SortSpec BY_UNIT = SortSpec.of("id", "id", "id");

    private final MonthlyReportService service;
    private final Paging paging;

    public ReportResource(MonthlyReportService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Path("/missing")
    @Operation(operationId = "listMissingReports", summary = "Who owes a month's report", description = ReportDocs.MISSING)
    public MissingReports missing(
            @QueryParam("month") @Parameter(description = "yyyy-MM", required = true, example = "2026-10") String month,
            @BeanParam PageParams page) {
        return service.missing(MonthlyReportResource.month(month), paging.request(page, BY_UNIT));
    }
}
