package gov.district.investment.pipeline.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import gov.district.investment.pipeline.api.BackwardPlanRequest;
import gov.district.investment.pipeline.api.MilestoneBatch;
import gov.district.investment.pipeline.api.MilestoneDocs;
import gov.district.investment.pipeline.api.MilestoneInput;
import gov.district.investment.pipeline.api.MilestoneView;
import gov.district.investment.pipeline.app.MilestoneService;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.http.ETags;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.idempotency.Idempotent;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;

/** A project's milestones (节点) and backward scheduling (倒排工期). */
@Path("/api/v1/projects/{id}/milestones")
@Tag(name = "milestones")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final MilestoneService service;
    private final Paging paging;

    public MilestoneResource(MilestoneService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "createMilestone", summary = "Add a milestone", description = MilestoneDocs.CREATE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MilestoneInput.class), examples = @ExampleObject(name = "permit", value = MilestoneDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MilestoneView.class)), headers = {
            @Header(name = "Location", description = "The new milestone", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response create(@PathParam("id") String id, @Valid @NotNull MilestoneInput body) {
        long projectId = Params.id("id", id);
        MilestoneView created = service.create(projectId, body);
        return ETags.created(location(projectId, created.id()), created, created.version());
    }

    @POST
    @Path("/plan-backward")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "planMilestonesBackward", summary = "Plan milestones backward from a target date (倒排工期)", description = MilestoneDocs.PLAN_BACKWARD)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BackwardPlanRequest.class), examples = @ExampleObject(name = "to completion", value = MilestoneDocs.PLAN_BACKWARD_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The created milestones, in step order", content = @Content(schema = @Schema(implementation = MilestoneBatch.class)), headers = @Header(name = "Location", description = "The project's milestones", schema = @Schema(type = SchemaType.STRING)))
    @Idempotent
    public Response planBackward(@PathParam("id") String id, @Valid @NotNull BackwardPlanRequest body) {
        long projectId = Params.id("id", id);
        return Response.created(URI.create("/api/v1/projects/" + projectId + "/milestones"))
                .entity(new MilestoneBatch(service.planBackward(projectId, body))).build();
    }

    @GET
    @Operation(operationId = "listProjectMilestones", summary = "A project's milestones", description = MilestoneDocs.LIST)
    public Page<MilestoneView> list(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.ofProject(Params.id("id", id), paging.request(page, MilestoneService.SORT));
    }

    @GET
    @Path("/{milestoneId}")
    @Operation(operationId = "getMilestone", summary = "Get a milestone", description = MilestoneDocs.GET)
    @APIResponse(responseCode = "200", description = "The milestone", content = @Content(schema = @Schema(implementation = MilestoneView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId) {
        MilestoneView milestone = service.get(Params.id("id", id), Params.id("milestoneId", milestoneId));
        return ETags.ok(milestone, milestone.version());
    }

    @PATCH
    @Path("/{milestoneId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "patchMilestone", summary = "Change a milestone", description = MilestoneDocs.PATCH)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = MilestoneInput.class), examples = @ExampleObject(name = "done", value = "{\"doneDate\":\"2026-11-20\"}")))
    @APIResponse(responseCode = "200", description = "The changed milestone", content = @Content(schema = @Schema(implementation = MilestoneView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    public Response patch(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId, @NotNull JsonNode body,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from a GET, e.g. \"3\"") String ifMatch) {
        MilestoneView milestone = service.patch(Params.id("id", id), Params.id("milestoneId", milestoneId), body,
                IfMatch.parse(ifMatch));
        return ETags.ok(milestone, milestone.version());
    }

    @DELETE
    @Path("/{milestoneId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "deleteMilestone", summary = "Delete a milestone", description = MilestoneDocs.DELETE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(Params.id("id", id), Params.id("milestoneId", milestoneId), IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{milestoneId}/history")
    @Operation(operationId = "getMilestoneHistory", summary = "Audit trail of a milestone", description = MilestoneDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId,
            @BeanParam PageParams page) {
        return service.history(Params.id("id", id), Params.id("milestoneId", milestoneId), paging.request(page, OLDEST_FIRST));
    }

    private static URI location(long projectId, long milestoneId) {
        return URI.create("/api/v1/projects/" + projectId + "/milestones/" + milestoneId);
    }
}
