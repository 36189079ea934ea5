package gov.district.investment.leaders.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.api.LeaderFilter.LeaderQuery;
import gov.district.investment.leaders.domain.Leader;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class LeaderRepository implements PanacheRepository<Leader> {

    public static final String TOTALS = TotalsInvalidation.listOf(Leader.class);

    public PanachePaging.Slice<Leader> list(LeaderQuery q, PageRequest page, TotalsCache totals) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.active() != null) {
            where.add("active = :active");
            params.and("active", q.active());
        }
        if (q.q() != null) {
            where.add("(name like :q escape '!' or title like :q escape '!')");
            params.and("q", "%" + PanachePaging.escapeLike(q.q()) + "%");
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        PanacheQuery<Leader> query = where.isEmpty() ? findAll(PanachePaging.sort(page))
                : find(String.join(" and ", where), PanachePaging.sort(page), params);
        return PanachePaging.page(query, page, totals, TOTALS, q);
    }

    public Map<Long, Leader> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
    }
}
