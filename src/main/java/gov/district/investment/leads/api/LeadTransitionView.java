package gov.district.investment.leads.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.leads.domain.LeadTransition;

@Schema(name = "LeadTransition", description = "One recorded move of a lead's stage (the conversion included).")
public record LeadTransitionView(
        @Schema(example = "88") Long id,
        @Schema(example = "301") Long leadId,
        @Schema(example = "NEGOTIATING") LeadStage fromStage,
        @Schema(example = "SIGNED") LeadStage toStage,
        @Schema(example = "2026-10-18") LocalDate effectiveDate,
        String reason,
        @Schema(example = "liu.ht@zsj.district.gov", description = "Who recorded it") String actor,
        @Schema(description = "When it was recorded") Instant recordedAt) {

    public static LeadTransitionView of(LeadTransition t) {
        return new LeadTransitionView(t.id, t.leadId, t.fromStage, t.toStage, t.effectiveDate, t.reason, t.actor, t.recordedAt);
    }
}
