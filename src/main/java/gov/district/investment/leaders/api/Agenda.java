package gov.district.investment.leaders.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leaders.domain.MeetingLevel;
import gov.district.investment.pipeline.api.MilestoneView;
import gov.district.investment.pipeline.api.ProblemView;

@Schema(name = "DispatchAgenda", description = "What a dispatch meeting at a level must take up (分级调度), assembled on the day.")
public record Agenda(
        MeetingLevel level,
        @Schema(example = "3", description = "At LEADER level: the leader whose projects are covered") Long leaderId,
        @Schema(example = "GCJ", description = "At UNIT level, when given: the unit covered") String unit,
        @Schema(example = "2026-11-27") LocalDate date,
        @Schema(description = "The projects covered: DISTRICT and UNIT the key projects (of the unit), LEADER the leader's current projects") List<Long> projectIds,
        @Schema(description = "Open problems escalated to this level, on the covered projects (UNIT: assigned to the unit), oldest deadline first") List<ProblemView> problems,
        @Schema(description = "Milestones of the covered projects overdue on date") List<MilestoneView> overdueMilestones,
        @Schema(description = "Covered projects behind 均衡进度 (status BEHIND), largest gap first") List<ProjectProgress> behindSchedule,
        @Schema(description = "Earlier decisions on the covered projects still open past their due date on date") List<DecisionView> overdueDecisions) {
}
