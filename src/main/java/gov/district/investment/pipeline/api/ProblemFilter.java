package gov.district.investment.pipeline.api;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.pipeline.domain.ProblemCategory;
import gov.district.investment.pipeline.domain.ProblemStatus;
import gov.district.investment.platform.http.Params;

/** Query parameters of the problem list. */
public class ProblemFilter {

    @QueryParam("status")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ProblemStatus.class))
    public List<String> status;

    @QueryParam("unit")
    @Parameter(description = "Responsible unit code", example = "DGZ")
    public String unit;

    @QueryParam("category")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ProblemCategory.class))
    public List<String> category;

    @QueryParam("escalationLevel")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = EscalationLevel.class))
    public List<String> escalationLevel;

    @QueryParam("overdue")
    @Parameter(description = "true: OPEN or IN_PROGRESS and past dueDate (today in Asia/Shanghai); false: all others", schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("projectId")
    @Parameter(description = "Only this project's problems", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String projectId;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    public ProblemQuery toQuery() {
        return new ProblemQuery(
                Params.enums("status", status, ProblemStatus.class),
                Params.text("unit", unit, 32),
                Params.enums("category", category, ProblemCategory.class),
                Params.enums("escalationLevel", escalationLevel, EscalationLevel.class),
                Params.bool("overdue", overdue),
                Params.optionalId("projectId", projectId),
                Params.instant("updatedSince", updatedSince));
    }

    /** The parsed filter; also the key of its cached total. */
    public record ProblemQuery(List<ProblemStatus> statuses, String unit, List<ProblemCategory> categories,
            List<EscalationLevel> levels, Boolean overdue, Long projectId, Instant updatedSince) {
    }
}
