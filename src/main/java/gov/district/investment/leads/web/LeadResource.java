package gov.district.investment.leads.web;

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
import jakarta.ws.rs.core.UriInfo;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import gov.district.investment.leads.api.ConversionRequest;
import gov.district.investment.leads.api.FollowUpInput;
import gov.district.investment.leads.api.FollowUpView;
import gov.district.investment.leads.api.LeadDocs;
import gov.district.investment.leads.api.LeadFilter;
import gov.district.investment.leads.api.LeadFunnel;
import gov.district.investment.leads.api.LeadInput;
import gov.district.investment.leads.api.LeadTransitionRequest;
import gov.district.investment.leads.api.LeadTransitionView;
import gov.district.investment.leads.api.LeadView;
import gov.district.investment.leads.app.LeadConversion;
import gov.district.investment.leads.app.LeadExport;
import gov.district.investment.leads.app.LeadFollowUps;
import gov.district.investment.leads.app.LeadFunnelQuery;
import gov.district.investment.leads.app.LeadImport;
import gov.district.investment.leads.app.LeadService;
import gov.district.investment.leads.app.LeadTransitions;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.export.ExportFormat;
import gov.district.investment.platform.export.Exporter;
import gov.district.investment.platform.http.ETags;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.idempotency.Idempotency;
import gov.district.investment.platform.idempotency.Idempotent;
import gov.district.investment.platform.imports.ImportForm;
import gov.district.investment.platform.imports.ImportRequests;
import gov.district.investment.platform.imports.ImportResult;
import gov.district.investment.platform.imports.ImportSpec;
import gov.district.investment.platform.imports.Importer;
import gov.district.investment.platform.imports.Upload;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;

/** The investment-lead pool (招商线索储备库): leads, their stage machine, follow-ups and conversion into projects. */
@Path("/api/v1/leads")
@Tag(name = "leads")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");
    private static final SortSpec NEWEST_FIRST = SortSpec.of("-date", "date", "date");

    private final LeadService service;
    private final LeadTransitions transitions;
    private final LeadFollowUps followUps;
    private final LeadConversion conversion;
    private final LeadFunnelQuery funnel;
    private final LeadExport export;
    private final Paging paging;
    private final Exporter exporter;
    private final LeadImport imports;
    private final ImportRequests importRequests;

    public LeadResource(LeadService service, LeadTransitions transitions, LeadFollowUps followUps,
            LeadConversion conversion, LeadFunnelQuery funnel, LeadExport export, Paging paging, Exporter exporter,
            LeadImport imports, ImportRequests importRequests) {
        this.service = service;
        this.transitions = transitions;
        this.followUps = followUps;
        this.conversion = conversion;
        this.funnel = funnel;
        this.export = export;
        this.paging = paging;
        this.exporter = exporter;
        this.imports = imports;
        this.importRequests = importRequests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(operationId = "createLead", summary = "Register a lead", description = LeadDocs.CREATE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LeadInput.class), examples = @ExampleObject(name = "lead", value = LeadDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LeadView.class)), headers = {
            @Header(name = "Location", description = "The new lead", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response create(@NotNull LeadInput body, // validated by the service, after the caller's defaults
            @QueryParam("confirmDuplicate") @Parameter(description = LeadDocs.CREATE_PARAM, schema = @Schema(type = SchemaType.BOOLEAN)) String confirmDuplicate) {
        boolean confirmed = Boolean.TRUE.equals(Params.bool("confirmDuplicate", confirmDuplicate));
        LeadView created = service.create(body, confirmed);
        return ETags.created(URI.create("/api/v1/leads/" + created.id()), created, created.version());
    }

    @GET
    @Operation(operationId = "listLeads", summary = "List leads", description = LeadDocs.LIST)
    public Page<LeadView> list(@BeanParam LeadFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, LeadService.SORT));
    }

    @GET
    @Path("/funnel")
    @Operation(operationId = "getLeadFunnel", summary = "The lead funnel (招商漏斗)", description = LeadDocs.FUNNEL)
    @APIResponse(responseCode = "200", description = "The funnel", content = @Content(schema = @Schema(implementation = LeadFunnel.class)))
    public LeadFunnel funnel(@BeanParam LeadFilter filter) {
        return funnel.funnel(filter.toQuery());
    }

    @GET
    @Path("/export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/problem+json" })
    @Operation(operationId = "exportLeads", summary = "Export leads", description = LeadDocs.EXPORT)
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response export(@BeanParam LeadFilter filter,
            @QueryParam("format") @Parameter(description = "xlsx (default) or csv", schema = @Schema(enumeration = { "xlsx",
                    "csv" })) String format) {
        return exporter.download(ExportFormat.parse(format), export.export(filter.toQuery()));
    }

    @POST
    @Path("/import")
    @Consumes({ Importer.XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(operationId = "importLeads", summary = "Import leads from XLSX or CSV", description = LeadDocs.IMPORT_LEADS)
    @RequestBody(required = true, content = {
            @Content(mediaType = Importer.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = ImportForm.class)) })
    @APIResponse(responseCode = "200", description = "What happened to each row", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    public Response importLeads(
            @QueryParam("mode") @Parameter(schema = @Schema(enumeration = { "per-row", "all-or-nothing" })) String mode,
            byte[] body, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return importRequests.run(Upload.of(body), mode, idempotencyKey, uri.getPath(), imports::run);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(hidden = true) // the same operation as the raw body: documented there
    public Response importLeadsForm(@QueryParam("mode") String mode, @RestForm("file") FileUpload file,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return importRequests.run(Upload.of(file == null ? null : file.uploadedFile()), mode, idempotencyKey, uri.getPath(),
                imports::run);
    }

    @GET
    @Path("/import/template")
    @Produces({ Importer.XLSX, "text/csv", "application/problem+json" })
    @Operation(operationId = "getLeadImportTemplate", summary = "The lead import template", description = "The import's header row, XLSX (default) or CSV.")
    public Response importTemplate(
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "xlsx", "csv" })) String format) {
        ImportSpec spec = LeadImport.SPEC;
        return Exporter.template(ExportFormat.parse(format), spec.fileBase(), spec.sheetName(), spec.headers());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLead", summary = "Get a lead", description = LeadDocs.GET)
    @APIResponse(responseCode = "200", description = "The lead", content = @Content(schema = @Schema(implementation = LeadView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        LeadView lead = service.get(Params.id("id", id));
        return ETags.ok(lead, lead.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(operationId = "patchLead", summary = "Change a lead", description = LeadDocs.PATCH)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = LeadInput.class), examples = @ExampleObject(name = "reassign", value = "{\"ownerUnitCode\":\"WLYGW\",\"handlerName\":\"赵磊\"}")))
    @APIResponse(responseCode = "200", description = "The changed lead", content = @Content(schema = @Schema(implementation = LeadView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    public Response patch(@PathParam("id") String id, @NotNull JsonNode body,
            @QueryParam("confirmDuplicate") @Parameter(description = LeadDocs.PATCH_PARAM, schema = @Schema(type = SchemaType.BOOLEAN)) String confirmDuplicate,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from a GET, e.g. \"3\"") String ifMatch) {
        boolean confirmed = Boolean.TRUE.equals(Params.bool("confirmDuplicate", confirmDuplicate));
        LeadView lead = service.patch(Params.id("id", id), body, IfMatch.parse(ifMatch), confirmed);
        return ETags.ok(lead, lead.version());
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(operationId = "transitionLead", summary = "Move a lead to another stage", description = LeadDocs.TRANSITION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LeadTransitionRequest.class), examples = @ExampleObject(name = "sign", value = LeadDocs.TRANSITION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = LeadTransitionView.class)), headers = {
            @Header(name = "Location", description = "The recorded transition", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The lead's new version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response transition(@PathParam("id") String id, @Valid @NotNull LeadTransitionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long leadId = Params.id("id", id);
        LeadTransitions.TransitionResult result = transitions.transition(leadId, body, IfMatch.parse(ifMatch));
        URI location = URI.create("/api/v1/leads/" + leadId + "/transitions/" + result.transition().id());
        return ETags.created(location, result.transition(), result.leadVersion());
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "listLeadTransitions", summary = "Stage history of a lead", description = LeadDocs.TRANSITIONS)
    public Page<LeadTransitionView> transitions(@PathParam("id") String id, @BeanParam PageParams page) {
        return transitions.transitions(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }

    @GET
    @Path("/{id}/transitions/{transitionId}")
    @Operation(operationId = "getLeadTransition", summary = "One transition of a lead")
    @APIResponse(responseCode = "200", description = "The transition", content = @Content(schema = @Schema(implementation = LeadTransitionView.class)))
    public LeadTransitionView transition(@PathParam("id") String id, @PathParam("transitionId") String transitionId) {
        return transitions.transition(Params.id("id", id), Params.id("transitionId", transitionId));
    }

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(operationId = "createLeadFollowUp", summary = "Record a follow-up (跟踪记录)", description = LeadDocs.FOLLOW_UP)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FollowUpInput.class), examples = @ExampleObject(name = "visit", value = LeadDocs.FOLLOW_UP_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FollowUpView.class)), headers = @Header(name = "Location", description = "The follow-up", schema = @Schema(type = SchemaType.STRING)))
    @Idempotent
    public Response followUp(@PathParam("id") String id, @Valid @NotNull FollowUpInput body) {
        long leadId = Params.id("id", id);
        FollowUpView created = followUps.followUp(leadId, body);
        return Response.created(URI.create("/api/v1/leads/" + leadId + "/follow-ups/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}/follow-ups")
    @Operation(operationId = "listLeadFollowUps", summary = "Follow-ups of a lead", description = "Newest first (by date).")
    public Page<FollowUpView> followUps(@PathParam("id") String id, @BeanParam PageParams page) {
        return followUps.followUps(Params.id("id", id), paging.request(page, NEWEST_FIRST));
    }

    @GET
    @Path("/{id}/follow-ups/{followUpId}")
    @Operation(operationId = "getLeadFollowUp", summary = "One follow-up of a lead")
    @APIResponse(responseCode = "200", description = "The follow-up", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    public FollowUpView followUp(@PathParam("id") String id, @PathParam("followUpId") String followUpId) {
        return followUps.followUp(Params.id("id", id), Params.id("followUpId", followUpId));
    }

    @POST
    @Path("/{id}/convert")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(operationId = "convertLead", summary = "Convert a signed lead into a project", description = LeadDocs.CONVERT)
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = ConversionRequest.class), examples = @ExampleObject(name = "preliminary", value = LeadDocs.CONVERT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The project created", content = @Content(schema = @Schema(implementation = ProjectView.class)), headers = {
            @Header(name = "Location", description = "The new project", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The project's version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response convert(@PathParam("id") String id, @Valid ConversionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The lead's ETag, e.g. \"3\"") String ifMatch) {
        long leadId = Params.id("id", id);
        ConversionRequest request = body == null ? ConversionRequest.DEFAULTS : body;
        ProjectView project = conversion.convert(leadId, request, IfMatch.parse(ifMatch));
        return ETags.created(URI.create("/api/v1/projects/" + project.id()), project, project.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getLeadHistory", summary = "Audit trail of a lead", description = LeadDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }
}
