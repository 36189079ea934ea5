package gov.district.investment.leaders.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.leaders.api.CloseDecisionRequest;
import gov.district.investment.leaders.api.DecisionDocs;
import gov.district.investment.leaders.api.DecisionFilter;
import gov.district.investment.leaders.api.DecisionView;
import gov.district.investment.leaders.app.DecisionService;
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

/** Follow-up decisions (督办事项) across meetings, closed once done. */
@Path("/api/v1/decisions")
@Tag(name = "decisions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final DecisionService service;
    private final Paging paging;

    public DecisionResource(DecisionService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Operation(operationId = "listDecisions", summary = "List decisions", description = DecisionDocs.LIST)
    public Page<DecisionView> list(@BeanParam DecisionFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, DecisionService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecision", summary = "Get a decision", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        DecisionView decision = service.get(Params.id("id", id));
        return ETags.ok(decision, decision.version());
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.PROJECT_OFFICE, Roles.LEADER })
    @Operation(operationId = "closeDecision", summary = "Close a decision as done (办结)", description = DecisionDocs.CLOSE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CloseDecisionRequest.class), examples = @ExampleObject(name = "close", value = "{\"note\":\"征拆协议已全部签订，二期桩基恢复施工\"}")))
    @APIResponse(responseCode = "200", description = "The closed decision", content = @Content(schema = @Schema(implementation = DecisionView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @Idempotent
    public Response close(@PathParam("id") String id, @Valid @NotNull CloseDecisionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long decisionId = Params.id("id", id);
        DecisionView decision = service.close(decisionId, body, IfMatch.parse(ifMatch));
        return ETags.ok(decision, decision.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getDecisionHistory", summary = "Audit trail of a decision", description = DecisionDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }
}
