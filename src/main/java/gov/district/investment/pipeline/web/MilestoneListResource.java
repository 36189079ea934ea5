package gov.district.investment.pipeline.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.pipeline.api.MilestoneFilter;
import gov.district.investment.pipeline.api.MilestoneListDocs;
import gov.district.investment.pipeline.api.MilestoneView;
import gov.district.investment.pipeline.app.MilestoneService;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageParams;
import gov.district.investment.platform.paging.Paging;
import io.quarkus.security.Authenticated;

/** Milestones across projects: what is overdue, what a unit owes, what falls due soon. */
@Path("/api/v1/milestones")
@Tag(name = "milestones")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneListResource {

    private final MilestoneService service;
    private final Paging paging;

    public MilestoneListResource(MilestoneService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Operation(operationId = "listMilestones", summary = "Milestones across projects", description = MilestoneListDocs.LIST)
    public Page<MilestoneView> list(@BeanParam MilestoneFilter filter, @BeanParam PageParams page) {
        return service.list(filter.toQuery(), paging.request(page, MilestoneService.SORT));
    }
}
