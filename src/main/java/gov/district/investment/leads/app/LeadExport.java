package gov.district.investment.leads.app;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.api.LeadFilter.LeadQuery;
import gov.district.investment.leads.domain.Investor;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.persistence.InvestorRepository;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.platform.export.Column;
import gov.district.investment.platform.export.Exporter;

/** The lead list as a spreadsheet download, under the same filter and row rules as the list. */
@ApplicationScoped
public class LeadExport {

    private final LeadLookup lookup;
    private final LeadRepository leads;
    private final InvestorRepository investors;
    private final LeadAccess access;

    public LeadExport(LeadLookup lookup, LeadRepository leads, InvestorRepository investors, LeadAccess access) {
        this.lookup = lookup;
        this.leads = leads;
        this.investors = investors;
        this.access = access;
    }

    /** A lead with its investor's name, as the export writes it. */
    public record LeadRow(Lead lead, String investorName) {
    }

    /** The export's columns: Chinese headers, amounts with their unit, dates as dates. */
    public static final List<Column<LeadRow>> EXPORT_COLUMNS = List.of(
            Column.number("ID", r -> r.lead().id),
            Column.text("线索名称", r -> r.lead().title),
            Column.number("投资方ID", r -> r.lead().investorId),
            Column.text("投资方", LeadRow::investorName),
            Column.text("招商渠道", r -> r.lead().channel.label()),
            Column.text("行业代码", r -> r.lead().industryCode),
            Column.text("产业链定位", r -> r.lead().chainRole == null ? null : r.lead().chainRole.label()),
            Column.number("意向投资(万元)", r -> r.lead().intendedInvestment),
            Column.number("外资(万美元)", r -> r.lead().foreignCapitalUsd),
            Column.number("用地(亩)", r -> r.lead().landAreaMu),
            Column.text("区域代码", r -> r.lead().areaCode),
            Column.text("责任单位代码", r -> r.lead().ownerUnitCode),
            Column.text("跟踪责任人", r -> r.lead().handlerName),
            Column.text("阶段", r -> r.lead().stage().label()),
            Column.date("签约日期", r -> r.lead().signedDate()),
            Column.number("合同投资(万元)", r -> r.lead().contractInvestment()),
            Column.date("最近跟进日期", r -> r.lead().lastFollowUpDate()),
            Column.date("下次跟进日期", r -> r.lead().nextFollowUpDate));

    /** The list under the same filter and row rules (a unit exports only its own leads), streamed as a download. */
    public Exporter.Table<LeadRow> export(LeadQuery query) {
        LeadQuery scoped = access.scope(query);
        LeadRepository.Stale stale = lookup.stale();
        return new Exporter.Table<>("leads", "招商线索", EXPORT_COLUMNS, r -> r.lead().id, (after, size) -> {
            if (scoped == null) {
                return List.of();
            }
            List<Lead> batch = leads.batch(scoped, stale, after, size);
            Map<Long, Investor> byId = investors.byIds(batch.stream().map(l -> l.investorId).distinct().toList());
            return batch.stream().map(l -> new LeadRow(l, byId.containsKey(l.investorId) ? byId.get(l.investorId).name : null))
                    .toList();
        });
    }
}
