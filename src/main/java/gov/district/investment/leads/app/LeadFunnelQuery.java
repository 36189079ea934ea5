package gov.district.investment.leads.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.api.LeadFilter.LeadQuery;
import gov.district.investment.leads.api.LeadFunnel;
import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.platform.time.BusinessClock;

/** The funnel (招商漏斗): counts and amounts by stage under the list's filters. */
@ApplicationScoped
public class LeadFunnelQuery {

    private final LeadLookup lookup;
    private final LeadRepository leads;
    private final LeadAccess access;
    private final BusinessClock clock;

    public LeadFunnelQuery(LeadLookup lookup, LeadRepository leads, LeadAccess access, BusinessClock clock) {
        this.lookup = lookup;
        this.leads = leads;
        this.access = access;
        this.clock = clock;
    }

    /** Counts and amounts by stage under the list's filters (the stage filter included). */
    public LeadFunnel funnel(LeadQuery query) {
        LeadQuery scoped = access.scope(query);
        Map<LeadStage, Object[]> rows = new EnumMap<>(LeadStage.class);
        if (scoped != null) {
            for (Object[] row : leads.funnel(scoped, lookup.stale())) {
                rows.put((LeadStage) row[0], row);
            }
        }
        List<LeadFunnel.StageCount> stages = new ArrayList<>();
        long open = 0;
        for (LeadStage stage : LeadStage.values()) {
            Object[] row = rows.get(stage);
            long count = row == null ? 0 : ((Number) row[1]).longValue();
            if (stage.isOpen()) {
                open += count;
            }
            stages.add(new LeadFunnel.StageCount(stage, count, amount(row == null ? null : row[2]),
                    amount(row == null ? null : row[3])));
        }
        return new LeadFunnel(clock.today(), open, stages);
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
