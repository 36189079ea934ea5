package gov.district.investment.leads.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.api.ProjectLevel;

/** Optional overrides for the project a lead becomes; every field defaults from the lead. */
@Schema(name = "ConversionRequest", description = "The project a signed lead becomes; every field is optional and defaults from the lead.")
public record ConversionRequest(
        @Size(max = 200) @Schema(example = "义乌小商品城北方分市场", description = "Default: the lead's title") String name,
        @Schema(example = "PLANNING", description = "Default PLANNING; PRELIMINARY records the project's transition PLANNING → PRELIMINARY") ConversionStage stage,
        @Schema(example = "DISTRICT", description = "Default NONE") ProjectLevel level,
        @Schema(example = "2027-03-01") LocalDate plannedStartDate,
        @Schema(example = "2028-10-31") LocalDate plannedCompletionDate,
        @Size(max = 32) @Schema(example = "LINGANG_LOGISTICS", description = "Default: the lead's areaCode (422 when neither has one)") String areaCode,
        @Size(max = 32) @Schema(example = "WLYGW", description = "Default: the lead's ownerUnitCode") String ownerUnitCode) {

    public static final ConversionRequest DEFAULTS = new ConversionRequest(null, null, null, null, null, null, null);
}
