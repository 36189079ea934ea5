package gov.district.investment.leads.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.api.LeadFilter.LeadQuery;
import gov.district.investment.leads.domain.FollowUp;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.leads.domain.LeadTransition;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LeadRepository implements PanacheRepository<Lead> {

    public static final String TOTALS = TotalsInvalidation.listOf(Lead.class);

    /** The stale rule's cut-off: the last follow-up on or before {@code cutoff}, or never and created before the day after. */
    public record Stale(LocalDate cutoff, Instant createdBefore) {
    }

    private record Where(String clause, Parameters params) {
    }

    private static Where where(LeadQuery q, Stale stale) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!q.stages().isEmpty()) {
            where.add("stage in :stages");
            params.and("stages", q.stages());
        }
        if (!q.channels().isEmpty()) {
            where.add("channel in :channels");
            params.and("channels", q.channels());
        }
        if (q.industry() != null) {
            where.add("industryCode = :industry");
            params.and("industry", q.industry());
        }
        if (!q.chainRoles().isEmpty()) {
            where.add("chainRole in :chainRoles");
            params.and("chainRoles", q.chainRoles());
        }
        if (q.unit() != null) {
            where.add("ownerUnitCode = :unit");
            params.and("unit", q.unit());
        }
        if (q.investorId() != null) {
            where.add("investorId = :investorId");
            params.and("investorId", q.investorId());
        }
        if (q.minInvestment() != null) {
            where.add("intendedInvestment >= :minInvestment");
            params.and("minInvestment", q.minInvestment());
        }
        if (q.q() != null) {
            where.add(
                    "(title like :q escape '!' or investorId in (select i.id from Investor i where i.name like :q escape '!'))");
            params.and("q", "%" + PanachePaging.escapeLike(q.q()) + "%");
        }
        if (q.stale() != null) {
            String isStale = "(stage in :openStages and (lastFollowUpDate <= :staleCutoff"
                    + " or (lastFollowUpDate is null and createdAt < :staleCreatedBefore)))";
            where.add(q.stale() ? isStale : "not " + isStale);
            params.and("openStages", LeadStage.OPEN).and("staleCutoff", stale.cutoff())
                    .and("staleCreatedBefore", stale.createdBefore());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        return new Where(String.join(" and ", where), params);
    }

    public PanachePaging.Slice<Lead> list(LeadQuery q, Stale stale, PageRequest page, TotalsCache totals) {
        Where w = where(q, stale);
        PanacheQuery<Lead> query = w.clause().isEmpty() ? findAll(PanachePaging.sort(page))
                : find(w.clause(), PanachePaging.sort(page), w.params());
        return PanachePaging.page(query, page, totals, TOTALS, List.of(q, stale));
    }

    /** The next {@code size} leads under the list's filter with an id above {@code afterId}, by id (keyset, for exports). */
    public List<Lead> batch(LeadQuery q, Stale stale, long afterId, int size) {
        Where w = where(q, stale);
        return find((w.clause().isEmpty() ? "" : "(" + w.clause() + ") and ") + "id > :afterId", Sort.by("id"),
                w.params().and("afterId", afterId)).page(0, size).list();
    }

    /** Rows of (stage, count, intended investment, contract investment) under the filter. */
    public List<Object[]> funnel(LeadQuery q, Stale stale) {
        Where w = where(q, stale);
        String jpql = "select stage, count(id), coalesce(sum(intendedInvestment), 0), coalesce(sum(contractInvestment), 0)"
                + " from Lead" + (w.clause().isEmpty() ? "" : " where " + w.clause()) + " group by stage";
        var query = getEntityManager().createQuery(jpql, Object[].class);
        for (Map.Entry<String, Object> p : w.params().map().entrySet()) {
            query.setParameter(p.getKey(), p.getValue());
        }
        return query.getResultList();
    }

    /**
     * The lead with its row locked: concurrent conversions and reassignments of it queue here (SQL: see
     * InvestorRepository.lock).
     */
    public Lead lock(long id) {
        List<?> locked = getEntityManager().createNativeQuery("select id from investment_lead where id = :id for update")
                .setParameter("id", id).getResultList();
        return locked.isEmpty() ? null : findById(id);
    }

    /** Open leads on the investor held by units other than {@code unit}, oldest first (撞单). */
    public List<Lead> openOfInvestorHeldByOthers(long investorId, String unit, Long exceptId) {
        return list("investorId = ?1 and stage in ?2 and ownerUnitCode <> ?3 and id <> ?4 order by id",
                investorId, LeadStage.OPEN, unit, exceptId == null ? -1L : exceptId);
    }

    public void persistTransition(LeadTransition transition) {
        getEntityManager().persist(transition);
    }

    public Page<LeadTransition> transitions(long leadId, PageRequest page) {
        return PanachePaging.page(getEntityManager(), LeadTransition.class, "from LeadTransition where leadId = :lead", "id",
                Map.of("lead", leadId), page);
    }

    public LeadTransition transition(long leadId, long transitionId) {
        return getEntityManager().createQuery("from LeadTransition where leadId = :lead and id = :id", LeadTransition.class)
                .setParameter("lead", leadId).setParameter("id", transitionId)
                .getResultStream().findFirst().orElse(null);
    }

    public void persistFollowUp(FollowUp followUp) {
        getEntityManager().persist(followUp);
    }

    /** Newest first. */
    /** Newest first. */
    public Page<FollowUp> followUps(long leadId, PageRequest page) {
        return PanachePaging.page(getEntityManager(), FollowUp.class, "from FollowUp where leadId = :lead",
                "date desc, id desc",
                Map.of("lead", leadId), page);
    }

    public FollowUp followUp(long leadId, long followUpId) {
        return getEntityManager().createQuery("from FollowUp where leadId = :lead and id = :id", FollowUp.class)
                .setParameter("lead", leadId).setParameter("id", followUpId)
                .getResultStream().findFirst().orElse(null);
    }
}
