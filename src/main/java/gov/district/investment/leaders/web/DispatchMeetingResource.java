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

import gov.district.investment.leaders.api.Agenda;
import gov.district.investment.leaders.api.DecisionInput;
import gov.district.investment.leaders.api.DecisionView;
import gov.district.investment.leaders.api.DispatchMeetingDocs;
import gov.district.investment.leaders.api.MeetingFilter;
import gov.district.investment.leaders.api.MeetingInput;
import gov.district.investment.leaders.api.MeetingView;
import gov.district.investment.leaders.app.DecisionService;
import gov.district.investment.leaders.app.MeetingService;
import gov.district.investment.leaders.app.ProgressService;
import gov.district.investment.leaders.domain.MeetingLevel;
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

/** Dispatch meetings (调度会), their agenda and their decisions (督办事项). */
@Path("/api/v1/dispatch-meetings")
@Tag(name = "meetings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DispatchMeetingResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final MeetingService service;
    private final DecisionService decisions;
    private final ProgressService progress;
    private final Paging paging;

    public DispatchMeetingResource(MeetingService service, DecisionService decisions, ProgressService progress,
            Paging paging) {
        this.service = service;
        this.decisions = decisions;
        this.progress = progress;
        this.paging = paging;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.LEADER })
    @Operation(operationId = "createMeeting", summary = "Record a dispatch meeting (调度会)", description = DispatchMeetingDocs.CREATE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingInput.class), examples = @ExampleObject(name = "leader meeting", value = DispatchMeetingDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeetingView.class)), headers = {
            @Header(name = "Location", description = "The new meeting", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response create(@Valid @NotNull MeetingInput body) {
        MeetingView created = service.create(body);
        return ETags.created(URI.create("/api/v1/dispatch-meetings/" + created.id()), created, created.version());
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "List dispatch meetings", description = DispatchMeetingDocs.LIST)
    public Page<MeetingView> list(@BeanParam MeetingFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, MeetingService.SORT));
    }

    @GET
    @Path("/agenda")
    @Operation(operationId = "getMeetingAgenda", summary = "What a meeting at a level must take up (分级调度)", description = DispatchMeetingDocs.AGENDA)
    @APIResponse(responseCode = "200", description = "The agenda", content = @Content(schema = @Schema(implementation = Agenda.class)))
    public Agenda agenda(
            @QueryParam("level") @Parameter(required = true, schema = @Schema(implementation = MeetingLevel.class)) String level,
            @QueryParam("leaderId") @Parameter(description = "Required for LEADER", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String leaderId,
            @QueryParam("unit") @Parameter(description = "For UNIT: the unit's code", example = "GCJ") String unit,
            @QueryParam("date") @Parameter(description = "The meeting's day; default today", schema = @Schema(type = SchemaType.STRING, format = "date")) String date) {
        MeetingLevel parsed = level == null || level.isBlank() ? null
                : Params.enumValue("level", level.trim(), MeetingLevel.class);
        return progress.agenda(parsed, Params.optionalId("leaderId", leaderId), Params.text("unit", unit, 32),
                Params.date("date", date));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "Get a dispatch meeting", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        MeetingView meeting = service.get(Params.id("id", id));
        return ETags.ok(meeting, meeting.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.LEADER })
    @Operation(operationId = "patchMeeting", summary = "Change a dispatch meeting", description = DispatchMeetingDocs.PATCH)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = MeetingInput.class), examples = @ExampleObject(name = "minutes", value = "{\"minutes\":\"一、征拆协议12月15日前签订；二、供电增容纳入年度计划。\"}")))
    @APIResponse(responseCode = "200", description = "The changed meeting", content = @Content(schema = @Schema(implementation = MeetingView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    public Response patch(@PathParam("id") String id, @NotNull JsonNode body,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from a GET, e.g. \"3\"") String ifMatch) {
        MeetingView meeting = service.patch(Params.id("id", id), body, IfMatch.parse(ifMatch));
        return ETags.ok(meeting, meeting.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getMeetingHistory", summary = "Audit trail of a dispatch meeting", description = DispatchMeetingDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.LEADER })
    @Operation(operationId = "createMeetingDecision", summary = "Record a decision (督办事项) of the meeting", description = DispatchMeetingDocs.DECIDE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionInput.class), examples = @ExampleObject(name = "decision", value = DispatchMeetingDocs.DECIDE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DecisionView.class)), headers = {
            @Header(name = "Location", description = "The new decision", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response decide(@PathParam("id") String id, @Valid @NotNull DecisionInput body) {
        long meetingId = Params.id("id", id);
        DecisionView created = decisions.create(meetingId, body);
        return ETags.created(URI.create("/api/v1/decisions/" + created.id()), created, created.version());
    }

    @GET
    @Path("/{id}/decisions")
    @Operation(operationId = "listMeetingDecisions", summary = "The meeting's decisions", description = DispatchMeetingDocs.DECISIONS)
    public Page<DecisionView> decisions(@PathParam("id") String id, @BeanParam PageParams page) {
        return decisions.ofMeeting(Params.id("id", id), paging.request(page, DecisionService.SORT));
    }
}
