package gov.district.investment.leads.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.api.ProjectStage;

@Schema(name = "LeadProject", description = "The lineage of a converted lead: the project it became and its investment completed so far.")
public record LeadProject(
        @Schema(example = "1024") long projectId,
        @Schema(example = "XM-2026-0031") String code,
        @Schema(example = "义乌小商品城北方分市场") String name,
        @Schema(example = "PRELIMINARY") ProjectStage stage,
        @Schema(example = "150000.00", description = "总投资, 万元") BigDecimal totalInvestment,
        @Schema(example = "3200.00", description = "完成投资 to date: every month reported so far (current revisions), 万元") BigDecimal completedInvestment) {
}
