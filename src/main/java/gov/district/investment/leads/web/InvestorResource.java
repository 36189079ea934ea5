package gov.district.investment.leads.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
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

import gov.district.investment.leads.api.InvestorDocs;
import gov.district.investment.leads.api.InvestorFilter;
import gov.district.investment.leads.api.InvestorInput;
import gov.district.investment.leads.api.InvestorView;
import gov.district.investment.leads.app.InvestorService;
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

/** Investors (投资方) of the lead pool. */
@Path("/api/v1/investors")
@Tag(name = "investors")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InvestorResource {

    private static final SortSpec OLDEST_FIRST = SortSpec.of("id", "id", "id");

    private final InvestorService service;
    private final Paging paging;

    public InvestorResource(InvestorService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU, Roles.UNIT })
    @Operation(operationId = "createInvestor", summary = "Register an investor", description = InvestorDocs.CREATE)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InvestorInput.class), examples = @ExampleObject(name = "investor", value = InvestorDocs.CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = InvestorView.class)), headers = {
            @Header(name = "Location", description = "The new investor", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)) })
    @Idempotent
    public Response create(@NotNull InvestorInput body) { // validated by the service, after normalising
        InvestorView created = service.create(body);
        return ETags.created(URI.create("/api/v1/investors/" + created.id()), created, created.version());
    }

    @GET
    @Operation(operationId = "listInvestors", summary = "List investors", description = InvestorDocs.LIST)
    public Page<InvestorView> list(@BeanParam InvestorFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, InvestorService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInvestor", summary = "Get an investor", description = InvestorDocs.GET)
    @APIResponse(responseCode = "200", description = "The investor", content = @Content(schema = @Schema(implementation = InvestorView.class)), headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        InvestorView investor = service.get(Params.id("id", id));
        return ETags.ok(investor, investor.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    // an investor is shared by every unit's leads: a unit registers one for its lead but changes none
    @RolesAllowed({ Roles.ADMIN, Roles.INVESTMENT_BUREAU })
    @Operation(operationId = "patchInvestor", summary = "Change an investor", description = InvestorDocs.PATCH)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = InvestorInput.class), examples = @ExampleObject(name = "fortune 500", value = "{\"fortune500\":true}")))
    @APIResponse(responseCode = "200", description = "The changed investor", content = @Content(schema = @Schema(implementation = InvestorView.class)), headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    public Response patch(@PathParam("id") String id, @NotNull JsonNode body,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag from a GET, e.g. \"3\"") String ifMatch) {
        InvestorView investor = service.patch(Params.id("id", id), body, IfMatch.parse(ifMatch));
        return ETags.ok(investor, investor.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getInvestorHistory", summary = "Audit trail of an investor", description = InvestorDocs.HISTORY)
    public Page<HistoryEntry> history(@PathParam("id") String id, @BeanParam PageParams page) {
        return service.history(Params.id("id", id), paging.request(page, OLDEST_FIRST));
    }
}
