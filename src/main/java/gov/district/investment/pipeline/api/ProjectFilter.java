package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.Params;

/** Query parameters of the project list, parsed into a {@link ProjectQuery}. */
public class ProjectFilter {

    @QueryParam("stage")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectStage.class))
    public List<String> stage;

    @QueryParam("level")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectLevel.class))
    public List<String> level;

    @QueryParam("industry")
    @Parameter(description = "Industry code", example = "GLASS")
    public String industry;

    @QueryParam("area")
    @Parameter(description = "Area code", example = "NORTH_INDUSTRIAL")
    public String area;

    @QueryParam("unit")
    @Parameter(description = "Responsible unit code (ownerUnitCode)", example = "GCJ")
    public String unit;

    @QueryParam("minInvestment")
    @Parameter(description = "totalInvestment ≥ this (万元); 10000 means ≥ 1亿", schema = @Schema(type = SchemaType.NUMBER))
    public String minInvestment;

    @QueryParam("maxInvestment")
    @Parameter(description = "totalInvestment ≤ this (万元)", schema = @Schema(type = SchemaType.NUMBER))
    public String maxInvestment;

    @QueryParam("startedYear")
    @Parameter(description = "新开工: actualStartDate in this year", schema = @Schema(type = SchemaType.INTEGER, example = "2026"))
    public String startedYear;

    @QueryParam("continuing")
    @Parameter(description = "true: 续建, started before this year and still in CONSTRUCTION; false: all others", schema = @Schema(type = SchemaType.BOOLEAN))
    public String continuing;

    @QueryParam("q")
    @Parameter(description = "Name or code contains", example = "玻璃")
    public String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    @QueryParam("leaderId")
    @Parameter(description = "Only projects this district leader is currently assigned to (分包, LEAD or ASSIST)", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String leaderId;

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_QUERY_LENGTH = 100;

    public ProjectQuery toQuery() {
        BigDecimal min = Params.decimal("minInvestment", minInvestment);
        BigDecimal max = Params.decimal("maxInvestment", maxInvestment);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.badParameter("maxInvestment", "must not be less than minInvestment");
        }
        Instant since = Params.instant("updatedSince", updatedSince);
        return new ProjectQuery(
                Params.enums("stage", stage, ProjectStage.class),
                Params.enums("level", level, ProjectLevel.class),
                Params.text("industry", industry, 32),
                Params.text("area", area, 32),
                Params.text("unit", unit, 32),
                min, max,
                Params.integer("startedYear", startedYear, MIN_YEAR, MAX_YEAR),
                Params.bool("continuing", continuing),
                Params.text("q", q, MAX_QUERY_LENGTH),
                since,
                Params.optionalId("leaderId", leaderId));
    }
}
