package gov.district.investment.leaders;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gov.district.investment.support.Api;

import static gov.district.investment.support.Api.PROJECTS;
import static gov.district.investment.support.Api.office;

/** Leaders-context fixtures created through the API itself. */
public final class Fixtures {

    public static final String LEADERS = "/api/v1/leaders";
    static final String MEETINGS = "/api/v1/dispatch-meetings";
    static final String DECISIONS = "/api/v1/decisions";
    static final String PROTECTED = "/api/v1/protected-projects";

    private Fixtures() {
    }

    static Map<String, Object> leaderBody(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "领导" + UUID.randomUUID().toString().substring(0, 6));
        body.put("title", title);
        body.put("phone", "13803350001");
        return body;
    }

    public static long createLeader() {
        return createLeader("副区长");
    }

    static long createLeader(String title) {
        return office().body(leaderBody(title)).post(LEADERS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long keyProject() {
        return Api.createProject();
    }

    static long keyProject(String unit) {
        Map<String, Object> body = Api.projectBody();
        body.put("ownerUnitCode", unit);
        return Api.createProject(body);
    }

    static long ordinaryProject() {
        Map<String, Object> body = Api.projectBody();
        body.put("level", "NONE");
        return Api.createProject(body);
    }

    public static void assign(long projectId, long leaderId, String role, String since) {
        Map<String, Object> body = new HashMap<>();
        body.put("leaderId", leaderId);
        body.put("role", role);
        if (since != null) {
            body.put("since", since);
        }
        office().body(body).post(PROJECTS + "/" + projectId + "/leaders").then().statusCode(201);
    }

    static Map<String, Object> meetingBody(String level, Long chair, List<Long> projectIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", "2026-11-27");
        body.put("level", level);
        if (chair != null) {
            body.put("chairLeaderId", chair);
        }
        body.put("title", "重点项目调度会");
        body.put("attendees", List.of("发改局", "国土分局"));
        body.put("projectIds", projectIds);
        return body;
    }

    static long createMeeting(String level, Long chair, List<Long> projectIds) {
        return office().body(meetingBody(level, chair, projectIds)).post(MEETINGS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> decisionBody(Long projectId, Long problemId, String unit, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "限期完成征拆协议签订");
        if (projectId != null) {
            body.put("projectId", projectId);
        }
        if (problemId != null) {
            body.put("problemId", problemId);
        }
        body.put("responsibleUnitCode", unit);
        body.put("dueDate", dueDate);
        return body;
    }

    static long createDecision(long meetingId, Long projectId, Long problemId, String unit, String dueDate) {
        return office().body(decisionBody(projectId, problemId, unit, dueDate)).post(MEETINGS + "/" + meetingId + "/decisions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long raiseProblem(long projectId, String unit, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "二期用地征拆协议未签订");
        body.put("category", "DEMOLITION");
        body.put("responsibleUnitCode", unit);
        body.put("dueDate", dueDate);
        return office().body(body).post(PROJECTS + "/" + projectId + "/problems").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void escalate(long problemId) {
        office().body(Map.of("reason", "需领导协调")).post("/api/v1/problems/" + problemId + "/escalations").then()
                .statusCode(201);
    }
}
