package gov.district.investment.leaders.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leaders.domain.Inspection;

@Schema(name = "Inspection", description = "A registered inspection of a protected project.")
public record InspectionView(
        @Schema(example = "7") Long id,
        @Schema(example = "1024") Long projectId,
        @Schema(example = "2026-11-20") LocalDate date,
        @Schema(example = "区市场监督管理局") String agency,
        @Schema(example = "特种设备安全检查") String purpose,
        @Schema(example = "王建国（常务副区长）") String approvedBy,
        @Schema(readOnly = true, description = "Who registered it") String recordedBy,
        @Schema(readOnly = true) Instant createdAt) {

    public static InspectionView of(Inspection i) {
        return new InspectionView(i.id, i.projectId, i.inspectionDate, i.agency, i.purpose, i.approvedBy, i.recordedBy,
                i.createdAt);
    }
}
