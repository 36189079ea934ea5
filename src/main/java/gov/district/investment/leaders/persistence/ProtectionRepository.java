package gov.district.investment.leaders.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.api.ProtectionFilter.ProtectionQuery;
import gov.district.investment.leaders.domain.Protection;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ProtectionRepository implements PanacheRepository<Protection> {

    public static final String TOTALS = TotalsInvalidation.listOf(Protection.class);

    private record TotalsKey(ProtectionQuery query, LocalDate today) {
    }

    public Optional<Protection> ofProject(long projectId) {
        return find("projectId", projectId).firstResultOptional();
    }

    public PanachePaging.Slice<Protection> list(ProtectionQuery q, PageRequest page, LocalDate today, TotalsCache totals) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.active() != null) {
            String active = "(since <= :today and (untilDate is null or untilDate >= :today))";
            where.add(q.active() ? active : "not " + active);
            params.and("today", today);
        }
        if (q.unit() != null) {
            where.add("contactUnitCode = :unit");
            params.and("unit", q.unit());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        PanacheQuery<Protection> query = where.isEmpty() ? findAll(PanachePaging.sort(page))
                : find(String.join(" and ", where), PanachePaging.sort(page), params);
        return PanachePaging.page(query, page, totals, TOTALS, new TotalsKey(q, q.active() == null ? null : today));
    }
}
