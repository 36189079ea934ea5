package gov.district.investment.leads.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.api.InvestorFilter.InvestorQuery;
import gov.district.investment.leads.domain.Investor;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class InvestorRepository implements PanacheRepository<Investor> {

    public static final String TOTALS = TotalsInvalidation.listOf(Investor.class);

    public PanachePaging.Slice<Investor> list(InvestorQuery q, PageRequest page, TotalsCache totals) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.q() != null) {
            where.add("(name like :q escape '!' or creditCode like :q escape '!')");
            params.and("q", "%" + PanachePaging.escapeLike(q.q()) + "%");
        }
        if (!q.types().isEmpty()) {
            where.add("type in :types");
            params.and("types", q.types());
        }
        if (q.fortune500() != null) {
            where.add("fortune500 = :fortune500");
            params.and("fortune500", q.fortune500());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        PanacheQuery<Investor> query = where.isEmpty() ? findAll(PanachePaging.sort(page))
                : find(String.join(" and ", where), PanachePaging.sort(page), params);
        return PanachePaging.page(query, page, totals, TOTALS, q);
    }

    /**
     * The investor with its row locked until the transaction ends: concurrent lead writes on it
     * queue here. Plain SQL because Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias},
     * which MariaDB rejects; {@code FOR UPDATE} alone works on MariaDB, MySQL and H2.
     */
    public Investor lock(long id) {
        List<?> locked = getEntityManager().createNativeQuery("select id from investor where id = :id for update")
                .setParameter("id", id).getResultList();
        return locked.isEmpty() ? null : findById(id);
    }

    public Investor byCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResult();
    }

    /** An investor's id and name, found by credit code or by name. */
    public record Named(long id, String name) {
    }

    /**
     * The investors with this credit code (at most one) or exactly this name (at most two: enough
     * to know it is ambiguous), rows locked like {@link #lock}: a locking read opens no MariaDB
     * snapshot, so a lead create that follows still sees other units' leads fresh.
     */
    public List<Named> lockBy(boolean byCreditCode, String value) {
        List<?> rows = getEntityManager().createNativeQuery("select id, name from investor where "
                + (byCreditCode ? "credit_code" : "name") + " = :value order by id limit 2 for update")
                .setParameter("value", value).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Named(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    public Map<Long, Investor> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
    }
}
