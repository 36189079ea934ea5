package gov.district.investment.pipeline.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.MilestoneType;

@Schema(name = "BackwardPlanRequest", description = "倒排工期: milestones counted back from a target date.")
public record BackwardPlanRequest(
        @NotNull @Schema(example = "2027-06-30", required = true, description = "The last step is due on this day") LocalDate targetDate,
        @NotEmpty @Size(max = BackwardPlanRequest.MAX_STEPS) @Schema(required = true, description = "In the order they happen; each step is due its successor's durationDays before the successor") List<@Valid @NotNull Step> steps) {

    public static final int MAX_STEPS = 50;

    @Schema(name = "BackwardPlanStep")
    public record Step(
            @NotBlank @Size(max = 200) @Schema(example = "主体封顶", required = true) String name,
            @NotNull @Schema(example = "TOPPING_OUT", required = true) MilestoneType type,
            @NotNull @Min(0) @Max(3650) @Schema(example = "120", required = true, description = "Days this step takes after the previous step's due date (the first step's lies before it and moves no date)") Integer durationDays) {
    }
}
