package gov.district.investment.reference.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.reference.api.ReferenceDocs;
import gov.district.investment.reference.api.ReferenceViews.AreaView;
import gov.district.investment.reference.api.ReferenceViews.EnumType;
import gov.district.investment.reference.api.ReferenceViews.IndustryView;
import gov.district.investment.reference.api.ReferenceViews.Items;
import gov.district.investment.reference.api.ReferenceViews.UnitView;
import gov.district.investment.reference.app.ReferenceData;
import io.quarkus.security.Authenticated;

@Path("/api/v1/reference")
@Tag(name = "reference")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    private final ReferenceData data;

    public ReferenceResource(ReferenceData data) {
        this.data = data;
    }

    @GET
    @Path("/industries")
    @Operation(operationId = "listIndustries", summary = "Industries", description = ReferenceDocs.INDUSTRIES)
    public Items<IndustryView> industries() {
        return new Items<>(data.industries());
    }

    @GET
    @Path("/areas")
    @Operation(operationId = "listAreas", summary = "Areas", description = ReferenceDocs.AREAS)
    public Items<AreaView> areas() {
        return new Items<>(data.areas());
    }

    @GET
    @Path("/units")
    @Operation(operationId = "listUnits", summary = "Responsible units", description = ReferenceDocs.UNITS)
    public Items<UnitView> units() {
        return new Items<>(data.units());
    }

    @GET
    @Path("/enums")
    @Operation(operationId = "listEnums", summary = "Enum labels", description = ReferenceDocs.ENUMS)
    public Items<EnumType> enums() {
        return new Items<>(data.enums());
    }
}
