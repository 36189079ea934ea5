package gov.district.investment.pipeline.web;

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

import gov.district.investment.pipeline.api.EscalationRequest;
import gov.district.investment.pipeline.api.EscalationView;
import gov.district.investment.pipeline.api.ProblemDocs;
import gov.district.investment.pipeline.api.ProblemFilter;
import gov.district.investment.pipeline.api.ProblemInput;
import gov.district.investment.pipeline.api.ProblemTransitionRequest;
import gov.district.investment.pipeline.api.ProblemView;
import gov.district.investment.pipeline.app.ProblemEscalations;
import gov.district.investment.pipeline.app.ProblemExport;
import gov.district.investment.pipeline.app.ProblemService;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.export.ExportFormat;
import gov.district.investment.platform.export.Exporter;
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

/** Problems (困难和问题): the cross-project list, status moves and escalation (分级调度). */
@Path("/api/v1/problems")
@Tag(name = "problems")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProblemResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final ProblemService service;
    private final ProblemEscalations escalations;
    private final ProblemExport export;
    private final Paging paging;
    private final Exporter exporter;

    public ProblemResource(ProblemService service, ProblemEscalations escalations, ProblemExport export, Paging paging,
            Exporter exporter) {
        this.service = service;
        this.escalations = escalations;
        this.export = export;
        this.paging = paging;
        this.exporter = exporter;
    }

    @GET
    @Operation(operationId = "listProblems", summary = "List problems", description = ProblemDocs.LIST)
    public Page<ProblemView> list(@BeanParam ProblemFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, ProblemService.SORT));
    }

    @GET
    @Path("/export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/problem+json" })
    @Operation(operationId = "exportProblems", summary = "Export problems", description = ProblemDocs.EXPORT)
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response export(@BeanParam ProblemFilter filter,
            @QueryParam("format") @Parameter(description = "xlsx (default) or csv", schema = @Schema(enumeration = { "xlsx",
                    "csv" })) String format) {
        return exporter.download(ExportFormat.parse(format), export.export(filter.toQuery()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProblem", summary = "Get a problem", description = ProblemDocs.GET)
    @APIResponse(responseCode = "200", description = "The problem", content = @Content(schema = @Schema(implementation = ProblemView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        ProblemView problem = service.get(Params.id("id", id));
        return ETags.ok(problem, problem.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "patchProblem", summary = "Change a problem", description = ProblemDocs.PATCH)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ProblemInput.class), examples = @ExampleObject(name = "reassign", value = "{\"responsibleUnitCode\":\"GTFJ\"}")))
    @APIResponse(responseCode = "200", description = "The changed problem", content = @Content(schema = @Schema(implementation = ProblemView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    public Response patch(@PathParam("id") String id, @NotNull JsonNode body,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from a GET, e.g. \"3\"") String ifMatch) {
        ProblemView problem = service.patch(Params.id("id", id), body, IfMatch.parse(ifMatch));
        return ETags.ok(problem, problem.version());
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "transitionProblem", summary = "Move a problem to another status", description = ProblemDocs.TRANSITION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProblemTransitionRequest.class), examples = @ExampleObject(name = "resolve", value = ProblemDocs.TRANSITION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The problem in its new status", content = @Content(schema = @Schema(implementation = ProblemView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @Idempotent
    public Response transition(@PathParam("id") String id, @Valid @NotNull ProblemTransitionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long problemId = Params.id("id", id);
        ProblemView problem = service.transition(problemId, body, IfMatch.parse(ifMatch));
        return ETags.ok(problem, problem.version());
    }

    @POST
    @Path("/{id}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "escalateProblem", summary = "Escalate a problem one level (分级调度)", description = ProblemDocs.ESCALATE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EscalationRequest.class), examples = @ExampleObject(name = "escalate", value = "{\"reason\":\"涉及跨部门协调，责任单位无法独立解决\"}")))
    @APIResponse(responseCode = "201", description = "Escalated", content = @Content(schema = @Schema(implementation = EscalationView.class)), headers = {
            @Header(name = "Location", description = "The recorded escalation", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The problem's new version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response escalate(@PathParam("id") String id, @Valid @NotNull EscalationRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long problemId = Params.id("id", id);
        ProblemEscalations.EscalationResult result = escalations.escalate(problemId, body, IfMatch.parse(ifMatch));
        URI location = URI.create("/api/v1/problems/" + problemId + "/escalations/" + result.escalation().id());
        return ETags.created(location, result.escalation(), result.problemVersion());
    }

    @GET
    @Path("/{id}/escalations")
    @Operation(operationId = "listProblemEscalations", summary = "Escalation history", description = ProblemDocs.ESCALATIONS)
    public Page<EscalationView> escalations(@PathParam("id") String id, @BeanParam PageParams page) {
        return escalations.escalations(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }

    @GET
    @Path("/{id}/escalations/{escalationId}")
    @Operation(operationId = "getProblemEscalation", summary = "One escalation", description = "A single recorded escalation.")
    @APIResponse(responseCode = "200", description = "The escalation", content = @Content(schema = @Schema(implementation = EscalationView.class)))
    public EscalationView escalation(@PathParam("id") String id, @PathParam("escalationId") String escalationId) {
        return escalations.escalation(Params.id("id", id), Params.id("escalationId", escalationId));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getProblemHistory", summary = "Audit trail of a problem", description = ProblemDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }
}
