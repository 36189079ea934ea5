package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of MilestoneListResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class MilestoneListDocs {

    public static final String LIST = "Filtered, sorted and paged. Sortable: id, dueDate, doneDate, name, projectId, createdAt, updatedAt; default dueDate. status and overdue follow today (Asia/Shanghai).";

    private MilestoneListDocs() {
    }
}
