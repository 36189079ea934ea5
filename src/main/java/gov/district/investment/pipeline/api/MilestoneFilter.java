package gov.district.investment.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.pipeline.domain.MilestoneType;
import gov.district.investment.platform.http.Params;

/** Query parameters of the cross-project milestone list. */
public class MilestoneFilter {

    @QueryParam("overdue")
    @Parameter(description = "true: not done and past dueDate (today in Asia/Shanghai); false: all others", schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("unit")
    @Parameter(description = "Responsible unit code", example = "ZJJ")
    public String unit;

    @QueryParam("dueBefore")
    @Parameter(description = "dueDate strictly before this date", schema = @Schema(type = SchemaType.STRING, format = "date", example = "2027-01-01"))
    public String dueBefore;

    @QueryParam("projectId")
    @Parameter(description = "Only this project's milestones", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String projectId;

    @QueryParam("type")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneType.class))
    public List<String> type;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    public MilestoneQuery toQuery() {
        return new MilestoneQuery(
                Params.optionalId("projectId", projectId),
                Params.bool("overdue", overdue),
                Params.text("unit", unit, 32),
                Params.date("dueBefore", dueBefore),
                Params.enums("type", type, MilestoneType.class),
                Params.instant("updatedSince", updatedSince));
    }

    /** The parsed filter; also the key of its cached total. */
    public record MilestoneQuery(Long projectId, Boolean overdue, String unit, LocalDate dueBefore,
            List<MilestoneType> types, Instant updatedSince) {

        public static MilestoneQuery ofProject(long projectId) {
            return new MilestoneQuery(projectId, null, null, null, List.of(), null);
        }
    }
}
