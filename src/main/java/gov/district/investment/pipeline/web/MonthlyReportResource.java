package gov.district.investment.pipeline.web;

import java.net.URI;
import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.pipeline.api.MonthlyReportDocs;
import gov.district.investment.pipeline.api.MonthlyReportInput;
import gov.district.investment.pipeline.api.MonthlyReportView;
import gov.district.investment.pipeline.app.MonthlyReportService;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;

/** A project's monthly reports (月报), one per month, each kept in every revision. */
@Path("/api/v1/projects/{id}/reports")
@Tag(name = "reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyReportResource {

    private static final SortSpec IN_ORDER = SortSpec.of("id", "id", "id");

    private final MonthlyReportService service;
    private final Paging paging;

    public MonthlyReportResource(MonthlyReportService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @PUT
    @Path("/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "putMonthlyReport", summary = "Report a month", description = MonthlyReportDocs.PUT)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MonthlyReportInput.class), examples = @ExampleObject(name = "report", value = MonthlyReportDocs.PUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "A new revision", content = @Content(schema = @Schema(implementation = MonthlyReportView.class)))
    @APIResponse(responseCode = "201", description = "The month's first report", content = @Content(schema = @Schema(implementation = MonthlyReportView.class)), headers = @Header(name = "Location", description = "The report", schema = @Schema(type = SchemaType.STRING)))
    public Response put(@PathParam("id") String id, @PathParam("month") String month, @Valid @NotNull MonthlyReportInput body) {
        long projectId = Params.id("id", id);
        YearMonth reportMonth = month(month);
        MonthlyReportService.Written written = service.put(projectId, reportMonth, body);
        return written.first()
                ? Response.created(URI.create("/api/v1/projects/" + projectId + "/reports/" + reportMonth))
                        .entity(written.report()).build()
                : Response.ok(written.report()).build();
    }

    @GET
    @Operation(operationId = "listMonthlyReports", summary = "A project's monthly reports", description = MonthlyReportDocs.LIST)
    public Page<MonthlyReportView> list(@PathParam("id") String id,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd", example = "2026-11-10") String asOf,
            @BeanParam PageParams page) {
        return Page.slice(service.list(Params.id("id", id), Params.date("asOf", asOf)), paging.request(page, IN_ORDER));
    }

    @GET
    @Path("/{month}")
    @Operation(operationId = "getMonthlyReport", summary = "One month's report", description = "The current revision, or the one known at the end of asOf.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = MonthlyReportView.class)))
    public MonthlyReportView get(@PathParam("id") String id, @PathParam("month") String month,
            @QueryParam("asOf") @Parameter(description = "yyyy-MM-dd") String asOf) {
        return service.get(Params.id("id", id), month(month), Params.date("asOf", asOf));
    }

    @GET
    @Path("/{month}/revisions")
    @Operation(operationId = "listMonthlyReportRevisions", summary = "Every revision of a month", description = MonthlyReportDocs.REVISIONS)
    public Page<MonthlyReportView> revisions(@PathParam("id") String id, @PathParam("month") String month,
            @BeanParam PageParams page) {
        return Page.slice(service.revisions(Params.id("id", id), month(month)), paging.request(page, IN_ORDER));
    }

    static YearMonth month(String raw) {
        YearMonth month = Params.month("month", raw);
        if (month == null) {
            throw ProblemException.badParameter("month", "is required (yyyy-MM)");
        }
        return month;
    }
}
