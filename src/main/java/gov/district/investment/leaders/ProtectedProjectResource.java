package gov.district.investment.leaders;

import gov.district.investment.leaders.api.InspectionFilter;
import gov.district.investment.leaders.api.InspectionView;
import gov.district.investment.leaders.api.ProtectionFilter;
import gov.district.investment.leaders.api.ProtectionView;
import gov.district.investment.leaders.service.InspectionRepository;
import gov.district.investment.leaders.service.ProtectionRepository;
import gov.district.investment.leaders.service.ProtectionService;
import com.fasterxml.jackson.databind.JsonNode;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.http.ETags;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.http.Params;
import gov.district.investment.platform.idempotency.Idempotency;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.security.Roles;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import java.net.URI;
import java.util.List;

/** The register of protected projects (挂牌保护) and their inspections across projects. */
@Path("/api/v1/protected-projects")
@Tag(name = "leaders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProtectedProjectResource {

    private final ProtectionService service;
    private final Paging paging;

    public ProtectedProjectResource(ProtectionService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "The protected-project register", description = "Every listing; active=true those in force today (Asia/Shanghai). Sortable: projectId, since, until, updatedAt, id; default projectId.")
    public Page<ProtectionView> list(@BeanParam ProtectionFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, ProtectionRepository.SORT));
    }

    @GET
    @Path("/inspections")
    @Operation(summary = "Registered inspections across projects", description = "Sortable: id, date, projectId, createdAt; default newest date first.")
    public Page<InspectionView> inspections(@BeanParam InspectionFilter filter, @BeanParam PageParams page) {
        return service.inspections(filter.toQuery(), paging.request(page, InspectionRepository.SORT));
    }
}
