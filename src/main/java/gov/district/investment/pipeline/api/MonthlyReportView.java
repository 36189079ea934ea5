package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.MonthlyReport;

@Schema(name = "MonthlyReport", description = "The current (or as-of) revision of a project's report for a month.")
public record MonthlyReportView(
        @Schema(example = "1024") Long projectId,
        @Schema(example = "2026-10") String month,
        @Schema(example = "1", description = "1 for the first report; each later write adds one") int revision,
        @Schema(example = "3200.00", description = "万元") BigDecimal completedInvestment,
        String physicalProgress,
        String issues,
        String reason,
        @Schema(description = "Recorded after the reporting deadline (补报 or late correction)") boolean late,
        @Schema(example = "48600.00", description = "Sum of the project's months up to this one, 万元") BigDecimal cumulativeInvestment,
        @Schema(description = "cumulativeInvestment exceeds the project's totalInvestment (accepted, but worth a look)") boolean exceedsTotalInvestment,
        Instant recordedAt,
        @Schema(example = "li.na@fgj.district.gov") String recordedBy) {

    public static MonthlyReportView of(MonthlyReport r, BigDecimal cumulative, BigDecimal totalInvestment) {
        return new MonthlyReportView(r.projectId, r.month, r.revision, r.completedInvestment, r.physicalProgress,
                r.issues, r.reason, r.late, cumulative, cumulative.compareTo(totalInvestment) > 0, r.recordedAt, r.recordedBy);
    }
}
