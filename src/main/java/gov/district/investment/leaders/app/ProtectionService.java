package gov.district.investment.leaders.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.district.investment.leaders.api.InspectionFilter.InspectionQuery;
import gov.district.investment.leaders.api.InspectionInput;
import gov.district.investment.leaders.api.InspectionView;
import gov.district.investment.leaders.api.ProtectionFilter.ProtectionQuery;
import gov.district.investment.leaders.api.ProtectionInput;
import gov.district.investment.leaders.api.ProtectionView;
import gov.district.investment.leaders.domain.Inspection;
import gov.district.investment.leaders.domain.Protection;
import gov.district.investment.leaders.persistence.InspectionRepository;
import gov.district.investment.leaders.persistence.ProtectionRepository;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.reference.app.ReferenceData;

/** Protected listing (挂牌保护) of projects and the register of their inspections. */
@ApplicationScoped
public class ProtectionService {

    /** The inspections list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec INSPECTION_SORT = SortSpec.of("-date", "id", "id", "date", "inspectionDate",
            "projectId", "projectId", "createdAt", "createdAt");

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("projectId", "projectId", "projectId", "since", "untilDate",
            "until", "untilDate", "updatedAt", "updatedAt", "id", "id");

    private final ProtectionRepository protections;
    private final InspectionRepository inspections;
    private final ProjectRegistry projects;
    private final LeaderAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final Caller caller;
    private final AuditTrail audit;
    private final TotalsCache totals;

    public ProtectionService(ProtectionRepository protections, InspectionRepository inspections, ProjectRegistry projects,
            LeaderAccess access, ReferenceData reference, BusinessClock clock, Caller caller,
            AuditTrail audit, TotalsCache totals) {
        this.protections = protections;
        this.inspections = inspections;
        this.projects = projects;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
        this.totals = totals;
    }

    public record Upsert(ProtectionView protection, boolean created) {
    }

    /** PUT on the project's natural key: creates (201) or replaces (200) the listing. */
    @Transactional
    @RetryOnConflict
    public Upsert put(long projectId, ProtectionInput input, IfMatch ifMatch) {
        ProjectView project = projects.registry(projectId);
        List<FieldError> errors = new ArrayList<>();
        reference.checkUnit("contactUnitCode", input.contactUnitCode(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Protection existing = protections.ofProject(projectId).orElse(null);
        boolean created = existing == null;
        if (created) {
            ifMatch.checkAbsent("the protected listing of project " + projectId);
            existing = Protection.of(projectId, clock.now());
        } else {
            ifMatch.check(existing.version);
        }
        boolean unchanged = !created && input.since().equals(existing.since())
                && java.util.Objects.equals(input.until(), existing.until())
                && input.contactUnitCode().equals(existing.contactUnitCode())
                && java.util.Objects.equals(input.note(), existing.note());
        if (!unchanged) {
            existing.set(input.since(), input.until(), input.contactUnitCode(), input.note(), clock.now());
            if (created) {
                protections.persist(existing);
            }
            protections.flush();
        }
        return new Upsert(ProtectionView.of(existing, project.name(), clock.today()), created);
    }

    public ProtectionView get(long projectId) {
        ProjectView project = projects.registry(projectId);
        return ProtectionView.of(find(projectId), project.name(), clock.today());
    }

    /** Removes the listing; the audit trail keeps it and the project keeps its inspections. */
    @Transactional
    @RetryOnConflict
    public void delete(long projectId, IfMatch ifMatch) {
        projects.registry(projectId);
        Protection protection = find(projectId);
        ifMatch.check(protection.version);
        protections.delete(protection);
        protections.flush();
    }

    /** The register (挂牌保护项目名录). */
    public Page<ProtectionView> list(ProtectionQuery query, PageRequest page) {
        LocalDate today = clock.today();
        PanachePaging.Slice<Protection> slice = protections.list(query, page, today, totals);
        Map<Long, String> names = names(slice.items().stream().map(p -> p.projectId).toList());
        return Page.of(slice.items().stream().map(p -> ProtectionView.of(p, names.get(p.projectId), today)).toList(),
                page, slice.total());
    }

    /**
     * Every listing the project ever had, by revision. Paged here rather than by the database: the
     * entries of several listings interleave, and each one's "before" is its own previous revision.
     */
    public Page<HistoryEntry> history(long projectId, PageRequest page) {
        projects.registry(projectId);
        Protection current = protections.ofProject(projectId).orElse(null);
        List<HistoryEntry> entries = new ArrayList<>();
        // every listing the project ever had: the current one and removed ones, by their ids in the trail
        for (Long id : listingIds(projectId, current)) {
            entries.addAll(audit.history(Protection.class, id, p -> ProtectionView.of(p, null, null)));
        }
        if (entries.isEmpty()) {
            throw new NotFound("Protected listing", "of project " + projectId);
        }
        entries.sort(java.util.Comparator.comparing(HistoryEntry::revision));
        return Page.slice(entries, page);
    }

    /**
     * Registers an inspection of a listed project: 409 when the project is not listed on the
     * inspection's date; 422 for a date in the future.
     */
    @Transactional
    @RetryOnConflict
    public InspectionView inspect(long projectId, InspectionInput input) {
        projects.registry(projectId);
        Protection protection = protections.ofProject(projectId).orElseThrow(() -> ProblemException.conflict(
                "Project " + projectId + " is not under protected listing (挂牌保护)"));
        access.checkInspection(projectId, protection.contactUnitCode());
        LocalDate today = clock.today();
        if (input.date().isAfter(today)) {
            throw ProblemException.invalid("date", "must not be in the future (today is " + today + ")");
        }
        if (!protection.activeOn(input.date())) {
            throw ProblemException.conflict("Project " + projectId + " was not listed on " + input.date()
                    + " (listed " + protection.since() + " to " + (protection.until() == null ? "open end" : protection.until())
                    + ")")
                    .with("since", protection.since()).with("until", protection.until());
        }
        Inspection inspection = new Inspection();
        inspection.projectId = projectId;
        inspection.inspectionDate = input.date();
        inspection.agency = input.agency().trim();
        inspection.purpose = input.purpose().trim();
        inspection.approvedBy = input.approvedBy().trim();
        inspection.recordedBy = caller.actor();
        inspection.createdAt = clock.now();
        inspections.persistAndFlush(inspection);
        return InspectionView.of(inspection);
    }

    public InspectionView inspection(long projectId, long inspectionId) {
        projects.registry(projectId);
        Inspection inspection = inspections.findById(inspectionId);
        if (inspection == null || !inspection.projectId.equals(projectId)) {
            throw new NotFound("Inspection", inspectionId + " of project " + projectId);
        }
        return InspectionView.of(inspection);
    }

    public Page<InspectionView> inspectionsOf(long projectId, PageRequest page) {
        projects.registry(projectId);
        return inspections(InspectionQuery.ofProject(projectId), page);
    }

    public Page<InspectionView> inspections(InspectionQuery query, PageRequest page) {
        PanachePaging.Slice<Inspection> slice = inspections.list(query, page, totals);
        return Page.of(slice.items().stream().map(InspectionView::of).toList(), page, slice.total());
    }

    private List<Long> listingIds(long projectId, Protection current) {
        List<Long> ids = protections.getEntityManager()
                .createNativeQuery("select distinct id from project_protection_aud where project_id = :project order by id")
                .setParameter("project", projectId)
                .getResultList().stream().map(o -> ((Number) o).longValue()).toList();
        return ids.isEmpty() && current != null ? List.of(current.id) : ids;
    }

    private Protection find(long projectId) {
        return protections.ofProject(projectId)
                .orElseThrow(() -> new NotFound("Protected listing", "of project " + projectId));
    }

    private Map<Long, String> names(List<Long> projectIds) {
        return projects.registry(projectIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ProjectView::id, ProjectView::name));
    }
}
