package gov.district.investment.leaders.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.api.InspectionFilter.InspectionQuery;
import gov.district.investment.leaders.domain.Inspection;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class InspectionRepository implements PanacheRepository<Inspection> {

    public static final String TOTALS = TotalsInvalidation.listOf(Inspection.class);

    public PanachePaging.Slice<Inspection> list(InspectionQuery q, PageRequest page, TotalsCache totals) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.projectId() != null) {
            where.add("projectId = :project");
            params.and("project", q.projectId());
        }
        if (q.from() != null) {
            where.add("inspectionDate >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("inspectionDate <= :to");
            params.and("to", q.to());
        }
        if (q.agency() != null) {
            where.add("agency like :agency escape '!'");
            params.and("agency", "%" + PanachePaging.escapeLike(q.agency()) + "%");
        }
        PanacheQuery<Inspection> query = where.isEmpty() ? findAll(PanachePaging.sort(page))
                : find(String.join(" and ", where), PanachePaging.sort(page), params);
        return PanachePaging.page(query, page, totals, TOTALS, q);
    }
}
