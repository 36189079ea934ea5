package gov.district.investment.leaders.api;

import java.time.Instant;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.platform.http.Params;

/** Query parameters of the leader list. */
public class LeaderFilter {

    @QueryParam("active")
    @Parameter(description = "true: active leaders only; false: inactive only", schema = @Schema(type = SchemaType.BOOLEAN))
    public String active;

    @QueryParam("q")
    @Parameter(description = "Name or title contains", example = "副区长")
    public String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    private static final int MAX_QUERY_LENGTH = 100;

    public LeaderQuery toQuery() {
        return new LeaderQuery(Params.bool("active", active), Params.text("q", q, MAX_QUERY_LENGTH),
                Params.instant("updatedSince", updatedSince));
    }

    public record LeaderQuery(Boolean active, String q, Instant updatedSince) {
    }
}
