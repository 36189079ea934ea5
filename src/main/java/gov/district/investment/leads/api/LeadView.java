package gov.district.investment.leads.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.district.investment.leads.domain.ChainRole;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.domain.LeadChannel;
import gov.district.investment.leads.domain.LeadStage;

@Schema(name = "Lead", description = "An investment lead (招商线索) in the pool.")
public record LeadView(
        @Schema(example = "301") Long id,
        @Schema(example = "义乌小商品城北方分市场") String title,
        @Schema(example = "12") Long investorId,
        @Schema(readOnly = true, example = "浙江中国小商品城集团股份有限公司") String investorName,
        @Schema(readOnly = true, example = "91330000742906207U") String investorCreditCode,
        LeadChannel channel,
        @Schema(example = "TRADE_LOGISTICS") String industryCode,
        ChainRole chainRole,
        @Schema(example = "150000.00", description = "意向投资额, 万元") BigDecimal intendedInvestment,
        @Schema(example = "2000.00", description = "利用外资, 万美元") BigDecimal foreignCapitalUsd,
        @Schema(example = "320.00", description = "亩") BigDecimal landAreaMu,
        @Schema(example = "LINGANG_LOGISTICS") String areaCode,
        @Schema(example = "ZSJ", description = "The unit holding the lead") String ownerUnitCode,
        @Schema(example = "刘海涛", description = "跟踪责任人") String handlerName,
        @Schema(example = "2026-12-05") LocalDate nextFollowUpDate,
        @Schema(readOnly = true, example = "2026-11-20", description = "Date of the latest follow-up") LocalDate lastFollowUpDate,
        String note,
        @Schema(readOnly = true, description = "Changed only through POST .../transitions and .../convert") LeadStage stage,
        @Schema(readOnly = true, description = "For a DROPPED lead, the stage it left (the only one it reopens to)") LeadStage droppedFrom,
        @Schema(readOnly = true, description = "Stages reachable through POST .../transitions now") Set<LeadStage> allowedTargets,
        @Schema(readOnly = true, description = "SIGNED or LANDED: POST .../convert may turn it into a project") boolean convertible,
        @Schema(readOnly = true, example = "2026-10-18", description = "签约日期, set by the transition into SIGNED") LocalDate signedDate,
        @Schema(readOnly = true, example = "150000.00", description = "合同投资额, 万元, set by the transition into SIGNED") BigDecimal contractInvestment,
        @Schema(readOnly = true, description = "Recorded with confirmDuplicate=true although another unit held an open lead on the investor (撞单)") boolean duplicateConfirmed,
        @Schema(readOnly = true, description = "The other unit's lead the warning named") Long duplicateOfLeadId,
        @Schema(readOnly = true, description = "Open with no follow-up for app.leads.stale-after-days (default 30) days or more") boolean stale,
        @Schema(readOnly = true, example = "1024", description = "The project the lead became") Long projectId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true, description = "Lineage of a converted lead; in the single-lead view, not in lists") LeadProject project,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "3", description = "Optimistic-lock version; also the ETag") long version) {

    public static LeadView of(Lead l, String investorName, String investorCreditCode, boolean stale, LeadProject project) {
        return new LeadView(l.id, l.title, l.investorId, investorName, investorCreditCode, l.channel, l.industryCode,
                l.chainRole, l.intendedInvestment, l.foreignCapitalUsd, l.landAreaMu, l.areaCode, l.ownerUnitCode,
                l.handlerName, l.nextFollowUpDate, l.lastFollowUpDate(), l.note, l.stage(), l.droppedFrom(),
                l.allowedTargets(), l.stage().isConvertible(), l.signedDate(), l.contractInvestment(),
                l.duplicateConfirmed, l.duplicateOfLeadId, stale, l.projectId(), project, l.createdAt, l.updatedAt,
                l.version);
    }

    public LeadInput input() {
        return new LeadInput(title, investorId, channel, industryCode, chainRole, intendedInvestment, foreignCapitalUsd,
                landAreaMu, areaCode, ownerUnitCode, handlerName, nextFollowUpDate, note);
    }
}
