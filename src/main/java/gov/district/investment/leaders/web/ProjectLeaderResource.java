package gov.district.investment.leaders.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import gov.district.investment.leaders.api.AssignmentInput;
import gov.district.investment.leaders.api.AssignmentView;
import gov.district.investment.leaders.api.ProjectLeaderDocs;
import gov.district.investment.leaders.app.AssignmentService;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.idempotency.Idempotent;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;

/** Leaders on one key project (分包). */
@Path("/api/v1/projects/{id}/leaders")
@Tag(name = "assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProjectLeaderResource {

    private static final SortSpec NEWEST_FIRST = SortSpec.of("-id", "id", "id");

    private final AssignmentService service;
    private final Paging paging;

    public ProjectLeaderResource(AssignmentService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE })
    @Operation(operationId = "assignProjectLeader", summary = "Put a leader on a key project (分包)", description = ProjectLeaderDocs.ASSIGN)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssignmentInput.class), examples = @ExampleObject(name = "lead", value = ProjectLeaderDocs.ASSIGN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(schema = @Schema(implementation = AssignmentView.class)), headers = @Header(name = "Location", description = "The project's leaders", schema = @Schema(type = SchemaType.STRING)))
    @Idempotent
    public Response assign(@PathParam("id") String id, @Valid @NotNull AssignmentInput body) {
        long projectId = Params.id("id", id);
        return Response.created(URI.create("/api/v1/projects/" + projectId + "/leaders"))
                .entity(service.assign(projectId, body).assignment()).build();
    }

    @GET
    @Operation(operationId = "listProjectLeaders", summary = "A project's leaders", description = ProjectLeaderDocs.LIST)
    public Page<AssignmentView> list(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.ofProject(Params.id("id", id), paging.request(page, NEWEST_FIRST));
    }

    @DELETE
    @Path("/{leaderId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE })
    @Operation(operationId = "endProjectLeader", summary = "End a leader's assignment", description = ProjectLeaderDocs.END)
    @APIResponse(responseCode = "204", description = "Ended")
    public Response end(@PathParam("id") String id, @PathParam("leaderId") String leaderId) {
        service.end(Params.id("id", id), Params.id("leaderId", leaderId));
        return Response.noContent().build();
    }
}
