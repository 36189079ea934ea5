package gov.district.investment.leads.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.LeadStage;

@Schema(name = "LeadFunnel", description = "The lead pool by stage (招商漏斗): counts and amounts in 万元, every stage listed.")
public record LeadFunnel(
        @Schema(example = "2026-11-27") LocalDate asOf,
        @Schema(example = "42", description = "Leads in an open stage (CLUE to LANDED)") long open,
        List<StageCount> stages) {

    @Schema(name = "LeadFunnelStage")
    public record StageCount(
            LeadStage stage,
            @Schema(example = "12") long count,
            @Schema(example = "860000.00", description = "Sum of intendedInvestment, 万元") BigDecimal intendedInvestment,
            @Schema(example = "420000.00", description = "Sum of contractInvestment (signed leads), 万元") BigDecimal contractInvestment) {
    }
}
