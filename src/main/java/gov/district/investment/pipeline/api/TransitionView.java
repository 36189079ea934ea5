package gov.district.investment.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.ProjectTransition;

@Schema(name = "Transition", description = "One recorded move of a project's stage.")
public record TransitionView(
        @Schema(example = "88") Long id,
        @Schema(example = "1024") Long projectId,
        @Schema(example = "PRELIMINARY") ProjectStage fromStage,
        @Schema(example = "CONSTRUCTION") ProjectStage toStage,
        @Schema(example = "2026-04-18") LocalDate effectiveDate,
        @Schema(example = "施工许可证已取得，主体工程开工") String reason,
        @Schema(example = "li.na@fgj.district.gov", description = "Who recorded it") String actor,
        @Schema(description = "When it was recorded") Instant recordedAt) {

    public static TransitionView of(ProjectTransition t) {
        return new TransitionView(t.id, t.projectId, t.fromStage, t.toStage, t.effectiveDate, t.reason, t.actor, t.recordedAt);
    }
}
