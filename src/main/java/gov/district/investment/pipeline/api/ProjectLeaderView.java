package gov.district.investment.pipeline.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A current leader of a project, as the project view shows it (the leaders context owns the data). */
@Schema(name = "ProjectCurrentLeader", description = "A district leader currently assigned to the project (分包领导).")
public record ProjectLeaderView(
        @Schema(example = "3") long leaderId,
        @Schema(example = "王建国") String name,
        @Schema(example = "常务副区长") String title,
        @Schema(enumeration = {
                "LEAD", "ASSIST" }, example = "LEAD") String role,
        @Schema(example = "2026-01-15") LocalDate since){
}
