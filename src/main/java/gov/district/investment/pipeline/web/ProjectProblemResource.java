package gov.district.investment.pipeline.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import gov.district.investment.pipeline.api.ProblemInput;
import gov.district.investment.pipeline.api.ProblemView;
import gov.district.investment.pipeline.api.ProjectProblemDocs;
import gov.district.investment.pipeline.app.ProblemService;
import gov.district.investment.platform.http.ETags;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.idempotency.Idempotent;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;

/** Raising a problem against a project; the problem then lives at /api/v1/problems/{id}. */
@Path("/api/v1/projects/{id}/problems")
@Tag(name = "problems")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProjectProblemResource {

    private final ProblemService service;

    public ProjectProblemResource(ProblemService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.UNIT })
    @Operation(operationId = "createProblem", summary = "Raise a problem (困难和问题)", description = ProjectProblemDocs.CREATE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProblemInput.class), examples = @ExampleObject(name = "demolition", value = ProjectProblemDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProblemView.class)), headers = {
            @Header(name = "Location", description = "The new problem", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response create(@PathParam("id") String id, @Valid @NotNull ProblemInput body) {
        long projectId = Params.id("id", id);
        ProblemView created = service.create(projectId, body);
        return ETags.created(URI.create("/api/v1/problems/" + created.id()), created, created.version());
    }
}
