package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of ProjectProblemResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ProjectProblemDocs {

    public static final String CREATE = "Starts OPEN at escalation level UNIT. An unknown responsibleUnitCode or a dueDate in the past is 422. List a project's problems with GET /api/v1/problems?projectId=. Roles: project-office, admin; unit only for projects whose ownerUnitCode is its unit.";

    public static final String CREATE_EXAMPLE = "{\"title\":\"二期用地征拆协议未签订\",\"description\":\"涉及12户居民，补偿标准未达成一致\",\"category\":\"DEMOLITION\",\"responsibleUnitCode\":\"DGZ\",\"dueDate\":\"2026-12-15\"}";

    private ProjectProblemDocs() {
    }
}
