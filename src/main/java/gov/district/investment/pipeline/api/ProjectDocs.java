package gov.district.investment.pipeline.api;

import gov.district.investment.platform.imports.Importer;

/**
 * The OpenAPI prose and examples of ProjectResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ProjectDocs {

    public static final String WRITERS_DOC = "Roles: project-office, admin; unit only for its own ownerUnitCode.";

    public static final String CREATE = "Creates a project in PLANNING with a server-made code (XM-yyyy-nnnn). Unknown reference codes and a planned completion before the planned start are 422. "
            + WRITERS_DOC;

    public static final String CREATE_EXAMPLE = "{\"name\":\"奥通360万吨钢材配送\",\"industryCode\":\"MODERN_LOGISTICS\",\"areaCode\":\"LINGANG_LOGISTICS\",\"ownerUnitCode\":\"WLYGW\",\"ownerName\":\"秦皇岛奥通物流有限公司\",\"totalInvestment\":120000,\"level\":\"MUNICIPAL\",\"plannedStartDate\":\"2026-03-15\",\"plannedCompletionDate\":\"2027-10-31\"}";

    public static final String LIST = "Filtered, sorted and paged. Sortable: "
            + "id, code, name, totalInvestment, stage, level, plannedStartDate, actualStartDate, createdAt, updatedAt; default -id.";

    public static final String EXPORT = "Roles: every reader of the list. The same filters as the list (paging and sort aside: rows by id), streamed as XLSX (default) or UTF-8 CSV with a BOM; Chinese headers, amounts as numbers with their unit in the header, dates as dates.";

    public static final String IMPORT_PROJECTS = "Columns (headers as in GET /api/v1/projects/import/template): 项目名称, 项目简介, 行业代码, 区域代码, 责任单位代码, 项目单位, "
            + "统一社会信用代码, 项目代码, 是否入统 (是/否), 总投资(万元), 项目级别 (code or label), 计划开工日期, 计划竣工日期. "
            + "Every row goes through the same rules as POST /api/v1/projects. " + Importer.UPLOAD_DOC
            + " Roles as for creating a project.";

    public static final String PATCH = "JSON Merge Patch (RFC 7396) of the writable fields; null clears an optional field. stage and the actual dates change only through transitions (422 if a patch tries). Optional If-Match: 412 when stale. "
            + WRITERS_DOC;

    public static final String DELETE = "Only while in PLANNING (409 otherwise; cancel it instead). The audit trail keeps it. "
            + WRITERS_DOC;

    public static final String TRANSITION = "PLANNING → PRELIMINARY → CONSTRUCTION → COMPLETED → OPERATING one step at a time; PRELIMINARY and CONSTRUCTION may be SUSPENDED (reason) and resume only to the stage they left; anything before OPERATING may be CANCELLED (reason). An illegal move is 409 listing allowedTargets; an effective date in the future or before the previous transition is 422. Entering CONSTRUCTION sets actualStartDate, COMPLETED actualCompletionDate, OPERATING operationDate. "
            + WRITERS_DOC;

    public static final String TRANSITION_EXAMPLE = "{\"toStage\":\"CONSTRUCTION\",\"effectiveDate\":\"2026-04-18\",\"reason\":\"施工许可证已取得\"}";

    public static final String TRANSITIONS = "Every transition of the project, oldest first, with who recorded it and when.";

    public static final String HISTORY = "Every create, change, transition and delete of the project: who, when, before and after, oldest first. A deleted project's history is readable by admin.";

    private ProjectDocs() {
    }
}
