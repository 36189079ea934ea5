package gov.district.investment.leads.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import gov.district.investment.leads.domain.ChainRole;
import gov.district.investment.leads.domain.LeadChannel;
import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.platform.http.Params;

/** Query parameters of the lead list. */
public class LeadFilter {

    @QueryParam("stage")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = LeadStage.class))
    public List<String> stage;

    @QueryParam("channel")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = LeadChannel.class))
    public List<String> channel;

    @QueryParam("industry")
    @Parameter(description = "Industry code", example = "TRADE_LOGISTICS")
    public String industry;

    @QueryParam("chainRole")
    @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ChainRole.class))
    public List<String> chainRole;

    @QueryParam("unit")
    @Parameter(description = "The unit holding the lead (ownerUnitCode)", example = "ZSJ")
    public String unit;

    @QueryParam("investorId")
    @Parameter(description = "Leads of one investor", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String investorId;

    @QueryParam("minInvestment")
    @Parameter(description = "intendedInvestment ≥ this (万元)", schema = @Schema(type = SchemaType.NUMBER))
    public String minInvestment;

    @QueryParam("q")
    @Parameter(description = "Lead title or investor name contains", example = "小商品城")
    public String q;

    @QueryParam("stale")
    @Parameter(description = "true: open leads with no follow-up for app.leads.stale-after-days (default 30) days or more (never followed up: counted from creation); false: all others", schema = @Schema(type = SchemaType.BOOLEAN))
    public String stale;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this RFC 3339 instant (incremental sync)", example = "2026-11-01T00:00:00+08:00")
    public String updatedSince;

    private static final int MAX_QUERY_LENGTH = 100;

    public LeadQuery toQuery() {
        return new LeadQuery(
                Params.enums("stage", stage, LeadStage.class),
                Params.enums("channel", channel, LeadChannel.class),
                Params.text("industry", industry, 32),
                Params.enums("chainRole", chainRole, ChainRole.class),
                Params.text("unit", unit, 32),
                Params.optionalId("investorId", investorId),
                Params.decimal("minInvestment", minInvestment),
                Params.text("q", q, MAX_QUERY_LENGTH),
                Params.bool("stale", stale),
                Params.instant("updatedSince", updatedSince));
    }

    public record LeadQuery(List<LeadStage> stages, List<LeadChannel> channels, String industry, List<ChainRole> chainRoles,
            String unit, Long investorId, BigDecimal minInvestment, String q, Boolean stale,
            Instant updatedSince) {

        /** The same filter narrowed to one unit (a unit caller sees only the leads it holds). */
        public LeadQuery onlyUnit(String ownUnit) {
            return new LeadQuery(stages, channels, industry, chainRoles, ownUnit, investorId, minInvestment, q, stale,
                    updatedSince);
        }
    }
}
