package gov.district.investment.leaders.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import gov.district.investment.leaders.api.AssignmentView;
import gov.district.investment.leaders.api.LeaderDashboard;
import gov.district.investment.leaders.api.LeaderDocs;
import gov.district.investment.leaders.api.LeaderFilter;
import gov.district.investment.leaders.api.LeaderInput;
import gov.district.investment.leaders.api.LeaderView;
import gov.district.investment.leaders.app.AssignmentService;
import gov.district.investment.leaders.app.LeaderService;
import gov.district.investment.leaders.app.ProgressService;
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

/** District leaders (区级领导), their projects and their dashboard. */
@Path("/api/v1/leaders")
@Tag(name = "leaders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LeaderResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final LeaderService service;
    private final AssignmentService assignments;
    private final ProgressService progress;
    private final Paging paging;

    public LeaderResource(LeaderService service, AssignmentService assignments, ProgressService progress, Paging paging) {
        this.service = service;
        this.assignments = assignments;
        this.progress = progress;
        this.paging = paging;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE })
    @Operation(operationId = "createLeader", summary = "Register a district leader", description = "active defaults to true. Roles: project-office, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LeaderInput.class), examples = @ExampleObject(name = "leader", value = LeaderDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LeaderView.class)), headers = {
            @Header(name = "Location", description = "The new leader", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response create(@Valid @NotNull LeaderInput body) {
        LeaderView created = service.create(body);
        return ETags.created(URI.create("/api/v1/leaders/" + created.id()), created, created.version());
    }

    @GET
    @Operation(operationId = "listLeaders", summary = "List leaders", description = LeaderDocs.LIST)
    public Page<LeaderView> list(@BeanParam LeaderFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, LeaderService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLeader", summary = "Get a leader", description = LeaderDocs.GET)
    @APIResponse(responseCode = "200", description = "The leader", content = @Content(schema = @Schema(implementation = LeaderView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        LeaderView leader = service.get(Params.id("id", id));
        return ETags.ok(leader, leader.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE })
    @Operation(operationId = "patchLeader", summary = "Change a leader", description = LeaderDocs.PATCH)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = LeaderInput.class), examples = @ExampleObject(name = "deactivate", value = "{\"active\":false}")))
    @APIResponse(responseCode = "200", description = "The changed leader", content = @Content(schema = @Schema(implementation = LeaderView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    public Response patch(@PathParam("id") String id, @NotNull JsonNode body,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from a GET, e.g. \"3\"") String ifMatch) {
        LeaderView leader = service.patch(Params.id("id", id), body, IfMatch.parse(ifMatch));
        return ETags.ok(leader, leader.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getLeaderHistory", summary = "Audit trail of a leader", description = LeaderDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }

    @GET
    @Path("/{id}/projects")
    @Operation(operationId = "listLeaderProjects", summary = "A leader's projects (分包项目)", description = LeaderDocs.PROJECTS)
    public Page<AssignmentView> projects(@PathParam("id") String id,
            @QueryParam("current") @Parameter(description = "true: current only; false: ended only", schema = @Schema(type = SchemaType.BOOLEAN)) String current,
            @BeanParam PageParams page) {
        return assignments.ofLeader(Params.id("id", id), Params.bool("current", current), paging.request(page, OLDEST_FIRST));
    }

    @GET
    @Path("/{id}/dashboard")
    @Operation(operationId = "getLeaderDashboard", summary = "A leader's dashboard", description = LeaderDocs.DASHBOARD)
    @APIResponse(responseCode = "200", description = "The dashboard", content = @Content(schema = @Schema(implementation = LeaderDashboard.class)))
    public LeaderDashboard dashboard(@PathParam("id") String id,
            @QueryParam("asOf") @Parameter(description = "Default today", schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-10-31")) String asOf) {
        return progress.dashboard(Params.id("id", id), Params.date("asOf", asOf));
    }
}
