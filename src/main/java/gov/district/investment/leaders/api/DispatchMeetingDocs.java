package gov.district.investment.leaders.api;

/**
 * The OpenAPI prose and examples of DispatchMeetingResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class DispatchMeetingDocs {

    public static final String RUNNERS_DOC = "Roles: project-office, admin; leader for meetings it chairs (chairLeaderId is its leader_id).";

    public static final String CREATE = "A LEADER meeting needs chairLeaderId; a chair must be an active leader and every projectId an existing project (422 otherwise). "
            + RUNNERS_DOC;

    public static final String CREATE_EXAMPLE = "{\"date\":\"2026-11-27\",\"level\":\"LEADER\",\"chairLeaderId\":3,\"title\":\"奥通物流园项目专题调度会\",\"attendees\":[\"发改局\",\"国土分局\",\"奥通物流 张总\"],\"projectIds\":[1],\"minutes\":\"一、铁路专用线接轨问题由发改局牵头。\"}";

    public static final String LIST = "Sortable: id, date, level, createdAt, updatedAt; default newest date first.";

    public static final String AGENDA = "Open problems escalated to the level (LEADER: on the leader's current projects; UNIT: assigned to unit when given); on the covered projects (LEADER: the leader's current projects; DISTRICT: key projects; UNIT: key projects of unit when given) the milestones overdue on date, the projects behind 均衡进度 (figures as of date, today's for a date to come) and the decisions still open past their due date. date defaults to today (Asia/Shanghai).";

    public static final String PATCH = "JSON Merge Patch (RFC 7396), e.g. the minutes after the meeting. Optional If-Match: 412 when stale. "
            + RUNNERS_DOC;

    public static final String HISTORY = "Every create and change: who, when, before and after, oldest first.";

    public static final String DECIDE = "Starts OPEN. An unknown responsibleUnitCode or projectId, or a dueDate in the past, is 422. With problemId the problem is taken up: OPEN moves to IN_PROGRESS (IN_PROGRESS stays); a problem of another project is 422, a RESOLVED or CLOSED one 409; projectId defaults to the problem's. "
            + RUNNERS_DOC;

    public static final String DECIDE_EXAMPLE = "{\"text\":\"国土分局12月15日前完成二期用地征拆协议签订\",\"projectId\":2,\"problemId\":1,\"responsibleUnitCode\":\"GTFJ\",\"dueDate\":\"2026-12-15\"}";

    public static final String DECISIONS = "Sortable: id, dueDate, projectId, meetingId, createdAt, updatedAt; default dueDate.";

    private DispatchMeetingDocs() {
    }
}
