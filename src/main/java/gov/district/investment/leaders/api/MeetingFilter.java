package gov.district.investment.leaders.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.leaders.domain.MeetingLevel;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.Params;

/** Query parameters of the dispatch-meeting list. */
public class MeetingFilter {

    @QueryParam("level")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingLevel.class))
    public List<String> level;

    @QueryParam("chairLeaderId")
    @Parameter(description = "Meetings this leader chaired", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String chairLeaderId;

    @QueryParam("from")
    @Parameter(description = "Meeting date on or after", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Meeting date on or before", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    public MeetingQuery toQuery() {
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.badParameter("to", "must not be before from");
        }
        return new MeetingQuery(Params.enums("level", level, MeetingLevel.class),
                Params.optionalId("chairLeaderId", chairLeaderId), fromDate, toDate,
                Params.instant("updatedSince", updatedSince));
    }

    public record MeetingQuery(List<MeetingLevel> levels, Long chairLeaderId, LocalDate from, LocalDate to,
            Instant updatedSince) {
    }
}
