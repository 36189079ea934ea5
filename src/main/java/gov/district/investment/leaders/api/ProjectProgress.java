package gov.district.investment.leaders.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.api.InvestmentStatus;
import gov.district.investment.pipeline.api.InvestmentSummary;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.pipeline.api.ProjectView;

@Schema(name = "ProjectProgress", description = "A project's year against plan and 均衡进度 (drill in at /api/v1/projects/{projectId}).")
public record ProjectProgress(
        @Schema(example = "1024") long projectId,
        @Schema(example = "奥通360万吨钢材配送") String name,
        ProjectLevel level,
        ProjectStage stage,
        @Schema(example = "36000.00") BigDecimal plannedInvestment,
        @Schema(example = "21000.00") BigDecimal completedInvestment,
        @Schema(example = "0.5833") BigDecimal completionRate,
        @Schema(example = "0.8333") BigDecimal expectedRate,
        @Schema(example = "9000.00", description = "planned × expectedRate − completed: positive means behind") BigDecimal gap,
        InvestmentStatus status) {

    public static ProjectProgress of(ProjectView p, InvestmentSummary s) {
        return new ProjectProgress(p.id(), p.name(), p.level(), p.stage(), s.plannedInvestment(),
                s.completedInvestment(), s.completionRate(), s.expectedRate(), s.gap(), s.status());
    }
}
