package gov.district.investment.reference.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.district.investment.reference.api.ReferenceDocs;
import gov.district.investment.reference.api.ReferenceViews.AreaList;
import gov.district.investment.reference.api.ReferenceViews.EnumList;
import gov.district.investment.reference.api.ReferenceViews.IndustryList;
import gov.district.investment.reference.api.ReferenceViews.UnitList;
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
    public IndustryList industries() {
        return new IndustryList(data.industries());
    }

    @GET
    @Path("/areas")
    @Operation(operationId = "listAreas", summary = "Areas", description = ReferenceDocs.AREAS)
    public AreaList areas() {
        return new AreaList(data.areas());
    }

    @GET
    @Path("/units")
    @Operation(operationId = "listUnits", summary = "Responsible units", description = ReferenceDocs.UNITS)
    public UnitList units() {
        return new UnitList(data.units());
    }

    @GET
    @Path("/enums")
    @Operation(operationId = "listEnums", summary = "Enum labels", description = ReferenceDocs.ENUMS)
    public EnumList enums() {
        return new EnumList(data.enums());
    }
}
