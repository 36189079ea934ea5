package gov.district.investment.leaders.api;

import java.time.Instant;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.platform.http.Params;

/** Query parameters of the protected-project register. */
public class ProtectionFilter {

    @QueryParam("active")
    @Parameter(description = "true: listed today (Asia/Shanghai); false: listings not in force today", schema = @Schema(type = SchemaType.BOOLEAN))
    public String active;

    @QueryParam("unit")
    @Parameter(description = "Contact unit code", example = "FGJ")
    public String unit;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    public ProtectionQuery toQuery() {
        return new ProtectionQuery(Params.bool("active", active), Params.text("unit", unit, 32),
                Params.instant("updatedSince", updatedSince));
    }

    public record ProtectionQuery(Boolean active, String unit, Instant updatedSince) {
    }
}
