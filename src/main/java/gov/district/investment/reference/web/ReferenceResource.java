package gov.district.investment.reference.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "Industries", description = "Every industry code a project or lead may carry (industryCode), in display order.")
    public Items<IndustryView> industries() {
        return new Items<>(data.industries());
    }

    @GET
    @Path("/areas")
    @Operation(summary = "Areas", description = "Zones, parks, towns and streets (areaCode); parks carry the parentCode of their zone.")
    public Items<AreaView> areas() {
        return new Items<>(data.areas());
    }

    @GET
    @Path("/units")
    @Operation(summary = "Responsible units", description = "Bureaus, park management committees and town governments that own projects (ownerUnitCode) and appear as unit_code in tokens.")
    public Items<UnitView> units() {
        return new Items<>(data.units());
    }

    @GET
    @Path("/enums")
    @Operation(summary = "Enum labels", description = "Every enum the API uses, each value with its Chinese label, for drop-downs and display.")
    public Items<EnumType> enums() {
        return new Items<>(data.enums());
    }
}
