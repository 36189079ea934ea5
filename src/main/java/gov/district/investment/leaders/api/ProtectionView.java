package gov.district.investment.leaders.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leaders.domain.Protection;

@Schema(name = "Protection", description = "A project's protected listing (挂牌保护).")
public record ProtectionView(
        @Schema(example = "1024") Long projectId,
        @Schema(example = "奥通360万吨钢材配送") String projectName,
        @Schema(example = "2026-03-01") LocalDate since,
        @Schema(example = "2027-12-31") LocalDate until,
        @Schema(example = "FGJ") String contactUnitCode,
        String note,
        @Schema(readOnly = true, description = "Listed today (Asia/Shanghai): since ≤ today ≤ until. Absent in history snapshots.") Boolean active,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; also the ETag") long version) {

    public static ProtectionView of(Protection p, String projectName, LocalDate today) {
        return new ProtectionView(p.projectId, projectName, p.since(), p.until(), p.contactUnitCode(), p.note(),
                today == null ? null : p.activeOn(today), p.createdAt, p.updatedAt, p.version);
    }
}
