package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.AnnualPlan;

@Schema(name = "AnnualPlan", description = "A project's plan for one year (年度计划).")
public record AnnualPlanView(
        @Schema(example = "1024") Long projectId,
        @Schema(example = "2026") int year,
        @Schema(example = "45000.00", description = "万元") BigDecimal plannedInvestment,
        @Schema(example = "完成主体结构封顶，钢材仓储库投入试运行") String goals,
        boolean keyProject,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; also the ETag") long version) {

    public static AnnualPlanView of(AnnualPlan plan) {
        return new AnnualPlanView(plan.projectId, plan.year, plan.plannedInvestment, plan.goals, plan.keyProject,
                plan.createdAt, plan.updatedAt, plan.version);
    }
}
