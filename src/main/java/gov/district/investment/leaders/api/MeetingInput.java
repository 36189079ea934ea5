package gov.district.investment.leaders.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leaders.domain.MeetingLevel;

/** The writable fields of a dispatch meeting: the body of a create and the document a merge patch applies to. */
@Schema(name = "DispatchMeetingInput", description = "Writable fields of a dispatch meeting (调度会).")
public record MeetingInput(
        @NotNull @Schema(example = "2026-11-27", required = true) LocalDate date,
        @NotNull @Schema(example = "LEADER", required = true) MeetingLevel level,
        @Schema(example = "3", description = "The chairing leader (active); required at LEADER level") Long chairLeaderId,
        @NotBlank @Size(max = 200) @Schema(example = "奥通物流园项目专题调度会", required = true) String title,
        @Size(max = 60) @Schema(description = "Names of people or units present, at most 60 of 50 characters", example = "[\"发改局\",\"国土分局\",\"奥通物流 张总\"]") List<@NotBlank @Size(max = 50) String> attendees,
        @Size(max = 80) @Schema(description = "The projects taken up (existing ids), at most 80", example = "[1024, 1025]") List<@NotNull Long> projectIds,
        @Size(max = 8000) @Schema(example = "一、铁路专用线接轨问题由发改局牵头，12月15日前完成方案报批。") String minutes) {

    public MeetingInput withDefaults() {
        return new MeetingInput(date, level, chairLeaderId, title == null ? null : title.trim(),
                attendees == null ? List.of() : attendees.stream().map(a -> a == null ? null : a.trim()).toList(),
                projectIds == null ? List.of() : projectIds.stream().distinct().toList(), minutes);
    }
}
