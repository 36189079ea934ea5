package gov.district.investment.leaders.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leaders.domain.AssignmentRole;

@Schema(name = "AssignmentInput", description = "Puts a district leader on a key project (分包).")
public record AssignmentInput(
        @NotNull @Schema(example = "3", required = true, description = "An active leader") Long leaderId,
        @NotNull @Schema(example = "LEAD", required = true, description = "LEAD ends the project's current lead; one LEAD at a time") AssignmentRole role,
        @Schema(example = "2026-01-15", description = "Defaults to today (Asia/Shanghai); not in the future") LocalDate since) {
}
