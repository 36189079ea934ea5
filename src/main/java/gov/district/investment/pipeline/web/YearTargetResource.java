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

import gov.district.investment.pipeline.api.YearTargetDocs;
import gov.district.investment.pipeline.api.YearTargetInput;
import gov.district.investment.pipeline.api.YearTargetView;
import gov.district.investment.pipeline.app.YearTargetService;
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

/** The district's targets per year (年度目标). */
@Path("/api/v1/targets")
@Tag(name = "targets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class YearTargetResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final YearTargetService service;
    private final Paging paging;

    public YearTargetResource(YearTargetService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE })
    @Operation(operationId = "putYearTargets", summary = "Set a year's targets", description = YearTargetDocs.PUT)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = YearTargetInput.class), examples = @ExampleObject(name = "targets", value = YearTargetDocs.PUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = YearTargetView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = YearTargetView.class)), headers = {
            @Header(name = "Location", description = "The targets", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Their version", schema = @Schema(type = SchemaType.STRING)) })
    public Response put(@PathParam("year") String year, @Valid @NotNull YearTargetInput body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int targetYear = Params.year("year", year);
        YearTargetService.Upsert result = service.put(targetYear, body, IfMatch.parse(ifMatch));
        YearTargetView target = result.target();
        return ETags.upserted(result.created(), URI.create("/api/v1/targets/" + targetYear), target, target.version());
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getYearTargets", summary = "A year's targets", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The targets", content = @Content(schema = @Schema(implementation = YearTargetView.class)), headers = @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("year") String year) {
        YearTargetView target = service.get(Params.year("year", year));
        return ETags.ok(target, target.version());
    }

    @GET
    @Path("/{year}/history")
    @Operation(operationId = "getYearTargetsHistory", summary = "Audit trail of a year's targets", description = "Who changed them, when, before and after; oldest first.")
    public Page<HistoryEntry> history(@PathParam("year") String year, @BeanParam PageParams page) {
        return service.history(Params.year("year", year), paging.request(page, OLDEST_FIRST));
    }

}
