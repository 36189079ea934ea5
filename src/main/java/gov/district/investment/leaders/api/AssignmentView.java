package gov.district.investment.leaders.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.district.investment.leaders.domain.Assignment;
import gov.district.investment.leaders.domain.AssignmentRole;
import gov.district.investment.leaders.domain.Leader;

@Schema(name = "Assignment", description = "A leader on a key project (分包), current while it has no until.")
public record AssignmentView(
        @Schema(example = "41") Long id,
        @Schema(example = "1024") Long projectId,
        @Schema(example = "奥通360万吨钢材配送") String projectName,
        @Schema(example = "3") Long leaderId,
        @Schema(example = "王建国") String name,
        @Schema(example = "常务副区长") String title,
        AssignmentRole role,
        @Schema(example = "2026-01-15") LocalDate since,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "2026-11-20", description = "The day it ended (exclusive); absent while current") LocalDate until,
        @Schema(description = "No until yet") boolean current) {

    public static AssignmentView of(Assignment a, Leader leader, String projectName) {
        return new AssignmentView(a.id, a.projectId, projectName, a.leaderId, leader == null ? null : leader.name,
                leader == null ? null : leader.title, a.role, a.since, a.until(), a.current());
    }
}
