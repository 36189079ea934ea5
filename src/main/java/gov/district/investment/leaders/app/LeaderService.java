package gov.district.investment.leaders.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.leaders.api.LeaderFilter.LeaderQuery;
import gov.district.investment.leaders.api.LeaderInput;
import gov.district.investment.leaders.api.LeaderView;
import gov.district.investment.leaders.domain.Leader;
import gov.district.investment.leaders.persistence.AssignmentRepository;
import gov.district.investment.leaders.persistence.LeaderRepository;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.json.Inputs;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.time.BusinessClock;

/** District leaders (区级领导): created and changed by the project office, read by every role. */
@ApplicationScoped
public class LeaderService {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("id", "id", "id", "name", "name", "title", "title",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    /** Fields a client may echo unchanged in a merge patch but never change that way. */
    private static final MergePatch.ReadOnly READ_ONLY = MergePatch.ReadOnly.of(Set.of("id", "createdAt", "updatedAt"));
    private static final Inputs.Rules<LeaderInput> INPUT = Inputs.Rules.of(LeaderInput.class, READ_ONLY)
            .defaults(LeaderInput::withDefaults);

    private final LeaderRepository leaders;
    private final AssignmentRepository assignments;
    private final LeaderAccess access;
    private final BusinessClock clock;
    private final AuditTrail audit;
    private final Inputs inputs;
    private final TotalsCache totals;

    public LeaderService(LeaderRepository leaders, AssignmentRepository assignments, LeaderAccess access,
            BusinessClock clock, AuditTrail audit, Inputs inputs,
            TotalsCache totals) {
        this.leaders = leaders;
        this.assignments = assignments;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.inputs = inputs;
        this.totals = totals;
    }

    @Transactional
    @RetryOnConflict
    public LeaderView create(LeaderInput request) {
        LeaderInput input = inputs.created(request, INPUT);
        Leader leader = Leader.of(clock.now());
        apply(leader, input);
        leaders.persistAndFlush(leader);
        return view(leader);
    }

    public LeaderView get(long id) {
        return view(find(id));
    }

    public Page<LeaderView> list(LeaderQuery query, PageRequest page) {
        PanachePaging.Slice<Leader> slice = leaders.list(query, page, totals);
        boolean phone = access.seesPersonalData();
        return Page.of(slice.items().stream().map(l -> LeaderView.of(l, phone)).toList(), page, slice.total());
    }

    /** RFC 7396 merge patch; deactivating a leader still assigned to projects is 409. */
    @Transactional
    @RetryOnConflict
    public LeaderView patch(long id, JsonNode patch, IfMatch ifMatch) {
        ObjectNode changes = MergePatch.object(patch);
        Leader leader = find(id);
        ifMatch.check(leader.version);
        LeaderView current = LeaderView.of(leader, true);
        Optional<LeaderInput> changed = inputs.changed(changes, current, current.version(), current.input(), INPUT);
        if (changed.isEmpty()) {
            return view(leader);
        }
        LeaderInput input = changed.get();
        if (leader.active && !input.active()) {
            List<Long> projects = assignments.currentProjectsOf(id);
            if (!projects.isEmpty()) {
                throw ProblemException.conflict("Leader " + id + " is still assigned to " + projects.size()
                        + " project(s); end or reassign those assignments first")
                        .with("projectIds", projects);
            }
        }
        apply(leader, input);
        leader.updatedAt = clock.now();
        leaders.flush();
        return view(leader);
    }

    /** Oldest first; phone numbers only for those who may see them. */
    public Page<HistoryEntry> history(long id, PageRequest page) {
        boolean phone = access.seesPersonalData();
        Page<HistoryEntry> entries = audit.history(Leader.class, id, l -> LeaderView.of(l, phone), page);
        if (entries.totalItems() == 0) {
            throw new NotFound("Leader", id);
        }
        return entries;
    }

    /** For the context's other services: an existing leader, else 422 on {@code field}. */
    Leader known(long id, String field) {
        Leader leader = leaders.findById(id);
        if (leader == null) {
            throw ProblemException.invalid(field, "unknown leader " + id);
        }
        return leader;
    }

    /** An existing, active leader, else 422 on {@code field}. */
    Leader active(long id, String field) {
        Leader leader = known(id, field);
        if (!leader.active) {
            throw ProblemException.invalid(field, "leader " + id + " (" + leader.name + ") is not active");
        }
        return leader;
    }

    Leader find(long id) {
        return leaders.findByIdOptional(id).orElseThrow(() -> new NotFound("Leader", id));
    }

    private LeaderView view(Leader leader) {
        return LeaderView.of(leader, access.seesPersonalData());
    }

    private static void apply(Leader leader, LeaderInput input) {
        leader.name = input.name();
        leader.title = input.title();
        leader.phone = input.phone();
        leader.active = input.active();
    }
}
