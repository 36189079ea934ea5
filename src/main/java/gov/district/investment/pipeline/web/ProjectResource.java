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

import gov.district.investment.pipeline.api.ProjectDocs;
import gov.district.investment.pipeline.api.ProjectFilter;
import gov.district.investment.pipeline.api.ProjectInput;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.pipeline.api.TransitionRequest;
import gov.district.investment.pipeline.api.TransitionView;
import gov.district.investment.pipeline.app.ProjectExport;
import gov.district.investment.pipeline.app.ProjectImport;
import gov.district.investment.pipeline.app.ProjectService;
import gov.district.investment.pipeline.app.ProjectTransitions;
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

/** The project registry (项目库) and its stage machine. */
@Path("/api/v1/projects")
@Tag(name = "projects")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    /** Histories read oldest first; their only order. */
    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final ProjectService service;
    private final ProjectTransitions transitions;
    private final ProjectExport export;
    private final Paging paging;
    private final Exporter exporter;
    private final ProjectImport imports;
    private final ImportRequests importRequests;

    public ProjectResource(ProjectService service, ProjectTransitions transitions, ProjectExport export, Paging paging,
            Exporter exporter, ProjectImport imports,
            ImportRequests importRequests) {
        this.service = service;
        this.transitions = transitions;
        this.export = export;
        this.paging = paging;
        this.exporter = exporter;
        this.imports = imports;
        this.importRequests = importRequests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "createProject", summary = "Register a project", description = ProjectDocs.CREATE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProjectInput.class), examples = @ExampleObject(name = "logistics", value = ProjectDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProjectView.class)), headers = {
            @Header(name = "Location", description = "The new project", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response create(@Valid @NotNull ProjectInput body) {
        ProjectView created = service.create(body);
        return ETags.created(URI.create("/api/v1/projects/" + created.id()), created, created.version());
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects", description = ProjectDocs.LIST)
    public Page<ProjectView> list(@BeanParam ProjectFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, ProjectService.SORT));
    }

    @GET
    @Path("/export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/problem+json" })
    @Operation(operationId = "exportProjects", summary = "Export projects", description = ProjectDocs.EXPORT)
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response export(@BeanParam ProjectFilter filter,
            @QueryParam("format") @Parameter(description = "xlsx (default) or csv", schema = @Schema(enumeration = { "xlsx",
                    "csv" })) String format) {
        return exporter.download(ExportFormat.parse(format), export.export(filter.toQuery()));
    }

    @POST
    @Path("/import")
    @Consumes({ Importer.XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "importProjects", summary = "Import projects from XLSX or CSV", description = ProjectDocs.IMPORT_PROJECTS)
    @RequestBody(required = true, content = {
            @Content(mediaType = Importer.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = ImportForm.class)) })
    @APIResponse(responseCode = "200", description = "What happened to each row", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    public Response importProjects(
            @QueryParam("mode") @Parameter(schema = @Schema(enumeration = { "per-row", "all-or-nothing" })) String mode,
            byte[] body, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return importRequests.run(Upload.of(body), mode, idempotencyKey, uri.getPath(), imports::run);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(hidden = true) // the same operation as the raw body: documented there
    public Response importProjectsForm(@QueryParam("mode") String mode, @RestForm("file") FileUpload file,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return importRequests.run(Upload.of(file == null ? null : file.uploadedFile()), mode, idempotencyKey, uri.getPath(),
                imports::run);
    }

    @GET
    @Path("/import/template")
    @Produces({ Importer.XLSX, "text/csv", "application/problem+json" })
    @Operation(operationId = "getProjectImportTemplate", summary = "The project import template", description = "The import's header row, XLSX (default) or CSV.")
    public Response importTemplate(
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "xlsx", "csv" })) String format) {
        ImportSpec spec = ProjectImport.SPEC;
        return Exporter.template(ExportFormat.parse(format), spec.fileBase(), spec.sheetName(), spec.headers());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProject", summary = "Get a project", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        ProjectView project = service.get(Params.id("id", id));
        return ETags.ok(project, project.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "patchProject", summary = "Change a project", description = ProjectDocs.PATCH)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ProjectInput.class), examples = @ExampleObject(name = "raise investment", value = "{\"totalInvestment\":135000,\"statsRegistered\":true}")))
    @APIResponse(responseCode = "200", description = "The changed project", content = @Content(schema = @Schema(implementation = ProjectView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    public Response patch(@PathParam("id") String id, @NotNull JsonNode body,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from a GET, e.g. \"3\"") String ifMatch) {
        ProjectView project = service.patch(Params.id("id", id), body, IfMatch.parse(ifMatch));
        return ETags.ok(project, project.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "deleteProject", summary = "Delete a project", description = ProjectDocs.DELETE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(Params.id("id", id), IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "transitionProject", summary = "Move a project to another stage", description = ProjectDocs.TRANSITION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TransitionRequest.class), examples = @ExampleObject(name = "start", value = ProjectDocs.TRANSITION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = TransitionView.class)), headers = {
            @Header(name = "Location", description = "The recorded transition", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The project's new version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response transition(@PathParam("id") String id, @Valid @NotNull TransitionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long projectId = Params.id("id", id);
        ProjectTransitions.TransitionResult result = transitions.transition(projectId, body, IfMatch.parse(ifMatch));
        URI location = URI.create("/api/v1/projects/" + projectId + "/transitions/" + result.transition().id());
        return ETags.created(location, result.transition(), result.projectVersion());
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "listProjectTransitions", summary = "Stage history", description = ProjectDocs.TRANSITIONS)
    public Page<TransitionView> transitions(@PathParam("id") String id, @BeanParam PageParams page) {
        long projectId = Params.id("id", id);
        return transitions.transitions(projectId, paging.request(page, OLDEST_FIRST));
    }

    @GET
    @Path("/{id}/transitions/{transitionId}")
    @Operation(operationId = "getProjectTransition", summary = "One transition", description = "A single recorded stage move.")
    @APIResponse(responseCode = "200", description = "The transition", content = @Content(schema = @Schema(implementation = TransitionView.class)))
    public TransitionView transition(@PathParam("id") String id, @PathParam("transitionId") String transitionId) {
        return transitions.transition(Params.id("id", id), Params.id("transitionId", transitionId));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getProjectHistory", summary = "Audit trail", description = ProjectDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        long projectId = Params.id("id", id);
        return service.history(projectId, paging.request(page, OLDEST_FIRST));
    }

}
