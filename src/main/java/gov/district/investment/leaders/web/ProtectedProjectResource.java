package gov.district.investment.leaders.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.leaders.api.InspectionFilter;
import gov.district.investment.leaders.api.InspectionView;
import gov.district.investment.leaders.api.ProtectedProjectDocs;
import gov.district.investment.leaders.api.ProtectionFilter;
import gov.district.investment.leaders.api.ProtectionView;
import gov.district.investment.leaders.app.ProtectionService;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import io.quarkus.security.Authenticated;

/** The register of protected projects (挂牌保护) and their inspections across projects. */
@Path("/api/v1/protected-projects")
@Tag(name = "protection")
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
    @Operation(operationId = "listProtectedProjects", summary = "The protected-project register", description = ProtectedProjectDocs.LIST)
    public Page<ProtectionView> list(@BeanParam ProtectionFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, ProtectionService.SORT));
    }

    @GET
    @Path("/inspections")
    @Operation(operationId = "listInspections", summary = "Registered inspections across projects", description = ProtectedProjectDocs.INSPECTIONS)
    public Page<InspectionView> inspections(@BeanParam InspectionFilter filter, @BeanParam PageParams page) {
        return service.inspections(filter.toQuery(), paging.request(page, ProtectionService.INSPECTION_SORT));
    }
}
