package gov.district.investment.leads.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.FollowUpKind;

@Schema(name = "FollowUpInput", description = "A follow-up (跟踪记录) on a lead.")
public record FollowUpInput(
        @Schema(example = "2026-11-20", description = "When it took place; default today, not in the future") LocalDate date,
        @NotNull @Schema(example = "VISIT", required = true) FollowUpKind kind,
        @NotBlank @Size(max = 2000) @Schema(example = "赴义乌拜访集团投资部，对方确认选址临港物流园", required = true) String summary,
        @Size(max = 1000) @Schema(example = "邀请客商来区实地考察") String nextStep,
        @Schema(example = "2026-12-05", description = "Becomes the lead's nextFollowUpDate; not before date") LocalDate nextFollowUpDate) {
}
