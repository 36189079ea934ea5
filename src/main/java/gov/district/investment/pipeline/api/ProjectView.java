package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.district.investment.pipeline.domain.Project;

@Schema(name = "Project", description = "A project in the registry (项目库).")
public record ProjectView(
        @Schema(example = "1024") Long id,
        @Schema(example = "XM-2026-0001", description = "Server-made, unique") String code,
        @Schema(example = "奥通360万吨钢材配送") String name,
        String description,
        @Schema(example = "MODERN_LOGISTICS") String industryCode,
        @Schema(example = "LINGANG_LOGISTICS") String areaCode,
        @Schema(example = "WLYGW") String ownerUnitCode,
        @Schema(example = "秦皇岛奥通物流有限公司") String ownerName,
        @Schema(example = "91130302MA07L6XQ48") String ownerCreditCode,
        @Schema(example = "2026-130302-59-03-000123") String nationalProjectCode,
        boolean statsRegistered,
        @Schema(example = "120000.00", description = "万元") BigDecimal totalInvestment,
        ProjectLevel level,
        @Schema(readOnly = true, description = "Changed only through POST .../transitions") ProjectStage stage,
        @Schema(readOnly = true, description = "For a SUSPENDED project, the stage it left") ProjectStage suspendedFrom,
        @Schema(readOnly = true, description = "Stages the project may move to now") Set<ProjectStage> allowedTargets,
        LocalDate plannedStartDate,
        LocalDate plannedCompletionDate,
        @Schema(readOnly = true, description = "开工: set on entering CONSTRUCTION") LocalDate actualStartDate,
        @Schema(readOnly = true, description = "竣工: set on entering COMPLETED") LocalDate actualCompletionDate,
        @Schema(readOnly = true, description = "投产: set on entering OPERATING") LocalDate operationDate,
        @Schema(readOnly = true, example = "301", description = "The investment lead (招商线索) the project was converted from, if any") Long leadId,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "3", description = "Optimistic-lock version; also the ETag") long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true, description = "This year's investment against plan and 均衡进度, as of today. "
                + "In the single-project view (GET, POST and PATCH answers), not in lists; "
                + "other years and dates at GET /api/v1/projects/{id}/investment") InvestmentSummary investment,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true, description = "The district leaders currently in charge (分包领导), the LEAD first. "
                + "In the single-project view, not in lists; past ones at GET /api/v1/projects/{id}/leaders") List<ProjectLeaderView> leaders) {

    /** The registry fields alone, as lists show them. */
    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.code, p.name, p.description, p.industryCode, p.areaCode, p.ownerUnitCode,
                p.ownerName, p.ownerCreditCode, p.nationalProjectCode, p.statsRegistered, p.totalInvestment, p.level,
                p.stage(), p.suspendedFrom(), p.allowedTargets(), p.plannedStartDate, p.plannedCompletionDate,
                p.actualStartDate(), p.actualCompletionDate(), p.operationDate(), p.leadId, p.createdAt, p.updatedAt, p.version,
                null, null);
    }

    /** The single-project view: the registry fields plus the year's investment and the current leaders. */
    public static ProjectView of(Project p, InvestmentSummary investment, List<ProjectLeaderView> leaders) {
        ProjectView v = of(p);
        return new ProjectView(v.id, v.code, v.name, v.description, v.industryCode, v.areaCode, v.ownerUnitCode,
                v.ownerName, v.ownerCreditCode, v.nationalProjectCode, v.statsRegistered, v.totalInvestment, v.level,
                v.stage, v.suspendedFrom, v.allowedTargets, v.plannedStartDate, v.plannedCompletionDate,
                v.actualStartDate, v.actualCompletionDate, v.operationDate, v.leadId, v.createdAt, v.updatedAt, v.version,
                investment, leaders);
    }

    /** The writable part, as the document a merge patch applies to. */
    public ProjectInput input() {
        return new ProjectInput(name, description, industryCode, areaCode, ownerUnitCode, ownerName, ownerCreditCode,
                nationalProjectCode, statsRegistered, totalInvestment, level, plannedStartDate, plannedCompletionDate);
    }
}
