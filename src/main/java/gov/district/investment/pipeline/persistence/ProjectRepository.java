package gov.district.investment.pipeline.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import gov.district.investment.pipeline.api.ProjectLeaders;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectQuery;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.domain.ProjectTransition;
import gov.district.investment.pipeline.domain.ProjectYear;
import gov.district.investment.platform.audit.AuditAsOf;
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
public class ProjectRepository implements PanacheRepository<Project> {

    /** A project with its figures for one year; {@code figures} is null when it has none that year. */
    public record WithYear(Project project, ProjectYear figures) {
    }

    /** The project and its year's figures in one statement (the project view's hot path). */
    public Optional<WithYear> withYear(long id, int year) {
        return getEntityManager().createQuery("select p, f from Project p left join ProjectYear f"
                + " on f.projectId = p.id and f.year = :year where p.id = :id", Object[].class)
                .setParameter("id", id)
                .setParameter("year", year)
                .getResultStream()
                .findFirst()
                .map(row -> new WithYear((Project) row[0], (ProjectYear) row[1]));
    }

    /** Name of the project totals in the {@link TotalsCache}. */
    public static final String TOTALS = TotalsInvalidation.listOf(Project.class);

    private record TotalsKey(ProjectQuery query, int year) {
    }

    @Inject
    public Instance<ProjectLeaders> leaders;

    /**
     * @param currentYear the business year, for {@code continuing} (续建 = started before it)
     */
    public PanachePaging.Slice<Project> list(ProjectQuery q, PageRequest page, int currentYear, TotalsCache totals) {
        Filter f = filter(q, currentYear);
        PanacheQuery<Project> query = f.jpql().isEmpty() ? findAll(PanachePaging.sort(page))
                : find(f.jpql(), PanachePaging.sort(page), f.params());
        return PanachePaging.page(query, page, totals, TOTALS, new TotalsKey(q, currentYear));
    }

    /** The next {@code size} projects under the list's filter with an id above {@code afterId}, by id (keyset, for exports). */
    public List<Project> batch(ProjectQuery q, int currentYear, long afterId, int size) {
        Filter f = filter(q, currentYear);
        return find((f.jpql().isEmpty() ? "" : "(" + f.jpql() + ") and ") + "id > :afterId", Sort.by("id"),
                f.params().and("afterId", afterId)).page(0, size).list();
    }

    private record Filter(String jpql, Parameters params) {
    }

    private Filter filter(ProjectQuery q, int currentYear) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!q.stages().isEmpty()) {
            where.add("stage in :stages");
            params.and("stages", q.stages());
        }
        if (!q.levels().isEmpty()) {
            where.add("level in :levels");
            params.and("levels", q.levels());
        }
        if (q.industry() != null) {
            where.add("industryCode = :industry");
            params.and("industry", q.industry());
        }
        if (q.area() != null) {
            where.add("areaCode = :area");
            params.and("area", q.area());
        }
        if (q.unit() != null) {
            where.add("ownerUnitCode = :unit");
            params.and("unit", q.unit());
        }
        if (q.minInvestment() != null) {
            where.add("totalInvestment >= :minInvestment");
            params.and("minInvestment", q.minInvestment());
        }
        if (q.maxInvestment() != null) {
            where.add("totalInvestment <= :maxInvestment");
            params.and("maxInvestment", q.maxInvestment());
        }
        if (q.startedYear() != null) {
            // a range, not year(), so the index on actual_start_date serves it
            where.add("actualStartDate >= :startedFrom and actualStartDate < :startedTo");
            params.and("startedFrom", LocalDate.of(q.startedYear(), 1, 1));
            params.and("startedTo", LocalDate.of(q.startedYear() + 1, 1, 1));
        }
        if (q.continuing() != null) {
            String continuing = "(stage = :construction and actualStartDate < :yearStart)";
            where.add(q.continuing() ? continuing : "not " + continuing);
            params.and("construction", ProjectStage.CONSTRUCTION);
            params.and("yearStart", LocalDate.of(currentYear, 1, 1));
        }
        if (q.q() != null) {
            where.add("(name like :q escape '!' or code like :q escape '!')");
            params.and("q", "%" + PanachePaging.escapeLike(q.q()) + "%");
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        if (q.leaderId() != null) {
            // the leaders context owns the assignments; without it no project has a leader
            List<Long> ofLeader = leaders.isResolvable() ? leaders.get().currentProjectIds(q.leaderId()) : List.of();
            where.add(ofLeader.isEmpty() ? "1 = 0" : "id in :ofLeader");
            if (!ofLeader.isEmpty()) {
                params.and("ofLeader", ofLeader);
            }
        }
        return new Filter(String.join(" and ", where), params);
    }

    public Page<ProjectTransition> transitions(long projectId, PageRequest page) {
        return PanachePaging.page(getEntityManager(), ProjectTransition.class, "from ProjectTransition where projectId = :id",
                "id", Map.of("id", projectId), page);
    }

    public ProjectTransition transition(long projectId, long transitionId) {
        return getEntityManager()
                .createQuery("from ProjectTransition where projectId = :project and id = :id", ProjectTransition.class)
                .setParameter("project", projectId)
                .setParameter("id", transitionId)
                .getResultStream().findFirst().orElse(null);
    }

    public void persistTransition(ProjectTransition transition) {
        getEntityManager().persist(transition);
    }

    /** Registry rows of the given projects, in id order; unknown ids are skipped. */
    public List<Project> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }

    /** Key projects (level other than NONE), optionally of one owner unit, in id order. */
    public List<Project> keyProjects(String ownerUnitCode) {
        return ownerUnitCode == null
                ? list("level <> ?1 order by id", ProjectLevel.NONE)
                : list("level <> ?1 and ownerUnitCode = ?2 order by id", ProjectLevel.NONE, ownerUnitCode);
    }

    public boolean nationalCodeTaken(String nationalProjectCode, Long exceptId) {
        return count("nationalProjectCode = ?1 and id <> ?2", nationalProjectCode, exceptId == null ? -1L : exceptId) > 0;
    }

    /** A validated page's orders as Panache's Sort; shared by the pipeline's repositories. */
    /** Each project's stage as it stood at {@code until}, from the audit trail; absent when it did not exist yet. */
    public Map<Long, ProjectStage> stagesAt(Collection<Long> ids, Instant until) {
        Map<Long, ProjectStage> stages = new HashMap<>();
        if (ids.isEmpty()) {
            return stages;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select a.id, a.stage from project_aud a where a.id in (:ids) and "
                        + AuditAsOf.isStateAt("project_aud"))
                .setParameter("ids", ids).setParameter(AuditAsOf.UNTIL, AuditAsOf.until(until)).getResultList();
        rows.forEach(r -> stages.put(((Number) r[0]).longValue(), ProjectStage.valueOf((String) r[1])));
        return stages;
    }
}
