package gov.district.investment.leaders.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import gov.district.investment.leaders.api.InspectionInput;
import gov.district.investment.leaders.api.InspectionView;
import gov.district.investment.leaders.api.ProtectionDocs;
import gov.district.investment.leaders.api.ProtectionInput;
import gov.district.investment.leaders.api.ProtectionView;
import gov.district.investment.leaders.app.ProtectionService;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.http.ETags;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.idempotency.Idempotent;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;

/** A project's protected listing (挂牌保护) and its registered inspections. */
@Path("/api/v1/projects/{id}/protection")
@Tag(name = "protection")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProtectionResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final ProtectionService service;
    private final Paging paging;

    public ProtectionResource(ProtectionService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE })
    @Operation(operationId = "putProjectProtection", summary = "List a project for protection (挂牌保护), or change its listing", description = ProtectionDocs.PUT)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProtectionInput.class), examples = @ExampleObject(name = "listing", value = ProtectionDocs.PUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ProtectionView.class)), headers = @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProtectionView.class)), headers = {
            @Header(name = "Location", description = "The listing", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The version", schema = @Schema(type = SchemaType.STRING)) })
    public Response put(@PathParam("id") String id, @Valid @NotNull ProtectionInput body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long projectId = Params.id("id", id);
        ProtectionService.Upsert result = service.put(projectId, body, IfMatch.parse(ifMatch));
        return ETags.upserted(result.created(), URI.create("/api/v1/projects/" + projectId + "/protection"),
                result.protection(), result.protection().version());
    }

    @GET
    @Operation(operationId = "getProjectProtection", summary = "A project's protected listing", description = "404 when the project is not listed.")
    @APIResponse(responseCode = "200", description = "The listing", content = @Content(schema = @Schema(implementation = ProtectionView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        ProtectionView protection = service.get(Params.id("id", id));
        return ETags.ok(protection, protection.version());
    }

    @DELETE
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE })
    @Operation(operationId = "deleteProjectProtection", summary = "Remove the listing", description = ProtectionDocs.DELETE)
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(Params.id("id", id), IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getProjectProtectionHistory", summary = "Audit trail of the project's listings", description = ProtectionDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }

    @POST
    @Path("/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT, Roles.LEADER })
    @Operation(operationId = "createInspection", summary = "Register an inspection of a listed project", description = ProtectionDocs.INSPECT)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InspectionInput.class), examples = @ExampleObject(name = "inspection", value = ProtectionDocs.INSPECT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = InspectionView.class)), headers = @Header(name = "Location", description = "The registered inspection", schema = @Schema(type = SchemaType.STRING)))
    @Idempotent
    public Response inspect(@PathParam("id") String id, @Valid @NotNull InspectionInput body) {
        long projectId = Params.id("id", id);
        InspectionView created = service.inspect(projectId, body);
        return Response.created(URI.create("/api/v1/projects/" + projectId + "/protection/inspections/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/inspections")
    @Operation(operationId = "listProjectInspections", summary = "A project's registered inspections", description = ProtectionDocs.INSPECTIONS)
    public Page<InspectionView> inspections(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.inspectionsOf(Params.id("id", id), paging.request(page, ProtectionService.INSPECTION_SORT));
    }

    @GET
    @Path("/inspections/{inspectionId}")
    @Operation(operationId = "getInspection", summary = "One registered inspection", description = "404 under another project's path.")
    @APIResponse(responseCode = "200", description = "The inspection", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public InspectionView inspection(@PathParam("id") String id, @PathParam("inspectionId") String inspectionId) {
        return service.inspection(Params.id("id", id), Params.id("inspectionId", inspectionId));
    }
}
