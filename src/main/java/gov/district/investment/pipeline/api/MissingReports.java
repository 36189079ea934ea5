package gov.district.investment.pipeline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import gov.district.investment.platform.paging.Page;

/** Who still owes a month's report, paged, with the filing rate of every responsible unit. */
@Schema(name = "MissingReports")
public record MissingReports(
        @Schema(example = "2026-10") String month,
        @Schema(description = "Per responsible unit: projects that owe the month's report, how many filed, and the rate") List<UnitFiling> units,
        @JsonUnwrapped Page<Owing> projects) {

    @Schema(name = "UnitFiling")
    public record UnitFiling(@Schema(example = "GCJ") String unitCode, @Schema(example = "24") long owed,
            @Schema(example = "21") long filed, @Schema(example = "0.875") double filingRate) {
    }

    @Schema(name = "OwingProject")
    public record Owing(Long projectId, @Schema(example = "XM-2026-0012") String code, @Schema(example = "奥晶玻璃") String name,
            @Schema(example = "GCJ") String ownerUnitCode, ProjectStage stage) {
    }
}
