package gov.district.investment.leaders.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.api.InvestmentStatus;
import gov.district.investment.pipeline.api.MilestoneView;
import gov.district.investment.pipeline.api.ProjectStage;

@Schema(name = "LeaderDashboard", description = "A leader's key projects (those led as LEAD on asOf) at a glance; every item carries ids to drill into.")
public record LeaderDashboard(
        @Schema(example = "3") long leaderId,
        @Schema(example = "王建国") String name,
        @Schema(example = "常务副区长") String title,
        @Schema(example = "2026-11-27") LocalDate asOf,
        @Schema(example = "2026") int year,
        @Schema(description = "Lead projects per current stage") List<StageCount> projectsByStage,
        @Schema(description = "Plan vs completed vs 均衡进度 summed over the lead projects") Totals investment,
        @Schema(description = "Open problems (OPEN or IN_PROGRESS) on the lead projects per escalation level, as they are now") List<LevelCount> openProblemsByLevel,
        @Schema(description = "Milestones of the lead projects overdue on asOf") List<MilestoneView> overdueMilestones,
        @Schema(description = "Decisions on the lead projects open past their due date on asOf") List<DecisionView> overdueDecisions,
        @Schema(description = "Lead projects behind 均衡进度, largest gap first") List<ProjectProgress> behindSchedule,
        @Schema(description = "Every lead project with its year's figures") List<ProjectProgress> projects) {

    @Schema(name = "DashboardStageCount")
    public record StageCount(ProjectStage stage, @Schema(example = "2") int count, List<Long> projectIds) {
    }

    @Schema(name = "DashboardLevelCount")
    public record LevelCount(EscalationLevel level, @Schema(example = "1") int count, List<Long> problemIds) {
    }

    @Schema(name = "DashboardInvestment", description = "Amounts in 万元, rates as fractions")
    public record Totals(@Schema(example = "80000.00") BigDecimal plannedInvestment,
            @Schema(example = "52000.00") BigDecimal completedInvestment,
            @Schema(example = "0.6500", description = "completed / planned; null when nothing is planned") BigDecimal completionRate,
            @Schema(example = "0.8333") BigDecimal expectedRate,
            @Schema(example = "14664.00", description = "planned × expectedRate − completed") BigDecimal gap,
            InvestmentStatus status) {
    }
}
