package gov.district.investment.pipeline.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.pipeline.api.AnnualPlanDocs;
import gov.district.investment.pipeline.api.AnnualPlanInput;
import gov.district.investment.pipeline.api.AnnualPlanView;
import gov.district.investment.pipeline.app.AnnualPlanService;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.http.ETags;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;

/** A project's annual plans (年度计划), one per year. */
@Path("/api/v1/projects/{id}/annual-plans")
@Tag(name = "annual-plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AnnualPlanResource {

    private static final SortSpec BY_YEAR = SortSpec.of("id", "id", "id");

    private final AnnualPlanService service;
    private final Paging paging;

    public AnnualPlanResource(AnnualPlanService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "putAnnualPlan", summary = "Set a year's plan", description = AnnualPlanDocs.PUT)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AnnualPlanInput.class), examples = @ExampleObject(name = "plan", value = AnnualPlanDocs.PUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = AnnualPlanView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AnnualPlanView.class)), headers = {
            @Header(name = "Location", description = "The plan", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    public Response put(@PathParam("id") String id, @PathParam("year") String year,
            @Valid @NotNull AnnualPlanInput body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long projectId = Params.id("id", id);
        int planYear = Params.year("year", year);
        AnnualPlanService.Upsert result = service.put(projectId, planYear, body, IfMatch.parse(ifMatch));
        AnnualPlanView plan = result.plan();
        return ETags.upserted(result.created(), URI.create("/api/v1/projects/" + projectId + "/annual-plans/" + planYear),
                plan, plan.version());
    }

    @GET
    @Operation(operationId = "listAnnualPlans", summary = "A project's annual plans", description = "Oldest year first.")
    public Page<AnnualPlanView> list(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.list(Params.id("id", id), paging.request(page, BY_YEAR));
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getAnnualPlan", summary = "One year's plan", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = AnnualPlanView.class)), headers = @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id, @PathParam("year") String year) {
        AnnualPlanView plan = service.get(Params.id("id", id), Params.year("year", year));
        return ETags.ok(plan, plan.version());
    }

    @GET
    @Path("/{year}/history")
    @Operation(operationId = "getAnnualPlanHistory", summary = "Audit trail of a year's plan", description = "Who changed it, when, before and after; oldest first.")
    public Page<HistoryEntry> history(@PathParam("id") String id, @PathParam("year") String year, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), Params.year("year", year), paging.request(page, BY_YEAR));
    }

}
