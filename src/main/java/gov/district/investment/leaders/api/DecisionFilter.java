package gov.district.investment.leaders.api;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.leaders.domain.DecisionStatus;
import gov.district.investment.platform.http.Params;

/** Query parameters of the decision list. */
public class DecisionFilter {

    @QueryParam("status")
    @Parameter(description = "Repeatable or comma-separated; OPEN means open and not overdue, OVERDUE open past dueDate (today, Asia/Shanghai)", schema = @Schema(type = SchemaType.ARRAY, implementation = DecisionStatus.class))
    public List<String> status;

    @QueryParam("unit")
    @Parameter(description = "Responsible unit code", example = "GTFJ")
    public String unit;

    @QueryParam("overdue")
    @Parameter(description = "true: open and past dueDate; false: all others", schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("leaderId")
    @Parameter(description = "Decisions on projects this leader is currently assigned to, or of meetings the leader chaired", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String leaderId;

    @QueryParam("meetingId")
    @Parameter(description = "Only this meeting's decisions", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String meetingId;

    @QueryParam("projectId")
    @Parameter(description = "Only this project's decisions", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String projectId;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    public DecisionQuery toQuery() {
        return new DecisionQuery(Params.enums("status", status, DecisionStatus.class), Params.text("unit", unit, 32),
                Params.bool("overdue", overdue), Params.optionalId("leaderId", leaderId),
                Params.optionalId("meetingId", meetingId), Params.optionalId("projectId", projectId),
                Params.instant("updatedSince", updatedSince));
    }

    /** The parsed filter; also the key of its cached total. */
    public record DecisionQuery(List<DecisionStatus> statuses, String unit, Boolean overdue, Long leaderId,
            Long meetingId, Long projectId, Instant updatedSince) {

        public static DecisionQuery ofMeeting(long meetingId) {
            return new DecisionQuery(List.of(), null, null, null, meetingId, null, null);
        }
    }
}
