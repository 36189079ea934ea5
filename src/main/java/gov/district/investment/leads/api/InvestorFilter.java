package gov.district.investment.leads.api;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.leads.domain.InvestorType;
import gov.district.investment.platform.http.Params;

/** Query parameters of the investor list. */
public class InvestorFilter {

    @QueryParam("q")
    @Parameter(description = "Name or credit code contains", example = "小商品城")
    public String q;

    @QueryParam("type")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = InvestorType.class))
    public List<String> type;

    @QueryParam("fortune500")
    @Parameter(description = "true: 世界500强 only", schema = @Schema(type = SchemaType.BOOLEAN))
    public String fortune500;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    private static final int MAX_QUERY_LENGTH = 100;

    public InvestorQuery toQuery() {
        return new InvestorQuery(Params.text("q", q, MAX_QUERY_LENGTH), Params.enums("type", type, InvestorType.class),
                Params.bool("fortune500", fortune500), Params.instant("updatedSince", updatedSince));
    }

    public record InvestorQuery(String q, List<InvestorType> types, Boolean fortune500, Instant updatedSince) {
    }
}
