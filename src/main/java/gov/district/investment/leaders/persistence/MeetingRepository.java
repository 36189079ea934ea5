package gov.district.investment.leaders.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.api.MeetingFilter.MeetingQuery;
import gov.district.investment.leaders.domain.DispatchMeeting;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class MeetingRepository implements PanacheRepository<DispatchMeeting> {

    public static final String TOTALS = TotalsInvalidation.listOf(DispatchMeeting.class);

    public PanachePaging.Slice<DispatchMeeting> list(MeetingQuery q, PageRequest page, TotalsCache totals) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!q.levels().isEmpty()) {
            where.add("meetingLevel in :levels");
            params.and("levels", q.levels());
        }
        if (q.chairLeaderId() != null) {
            where.add("chairLeaderId = :chair");
            params.and("chair", q.chairLeaderId());
        }
        if (q.from() != null) {
            where.add("meetingDate >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("meetingDate <= :to");
            params.and("to", q.to());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        PanacheQuery<DispatchMeeting> query = where.isEmpty() ? findAll(PanachePaging.sort(page))
                : find(String.join(" and ", where), PanachePaging.sort(page), params);
        return PanachePaging.page(query, page, totals, TOTALS, q);
    }
}
