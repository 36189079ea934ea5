package gov.district.investment.leaders.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.leaders.api.MeetingFilter.MeetingQuery;
import gov.district.investment.leaders.api.MeetingInput;
import gov.district.investment.leaders.api.MeetingView;
import gov.district.investment.leaders.domain.DispatchMeeting;
import gov.district.investment.leaders.domain.MeetingLevel;
import gov.district.investment.leaders.persistence.MeetingRepository;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.FieldError;
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

/** Dispatch meetings (调度会): run by the project office for every level, or by the leader who chairs one. */
@ApplicationScoped
public class MeetingService {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("-date", "id", "id", "date", "meetingDate",
            "level", "meetingLevel", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private static final MergePatch.ReadOnly READ_ONLY = MergePatch.ReadOnly.of(Set.of("id", "createdAt", "updatedAt"));
    private static final Inputs.Rules<MeetingInput> INPUT = Inputs.Rules.of(MeetingInput.class, READ_ONLY)
            .defaults(MeetingInput::withDefaults);

    private final MeetingRepository meetings;
    private final LeaderService leaders;
    private final ProjectRegistry projects;
    private final LeaderAccess access;
    private final BusinessClock clock;
    private final AuditTrail audit;
    private final Inputs inputs;
    private final TotalsCache totals;

    public MeetingService(MeetingRepository meetings, LeaderService leaders, ProjectRegistry projects, LeaderAccess access,
            BusinessClock clock, AuditTrail audit, Inputs inputs,
            TotalsCache totals) {
        this.meetings = meetings;
        this.leaders = leaders;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.inputs = inputs;
        this.totals = totals;
    }

    @Transactional
    @RetryOnConflict
    public MeetingView create(MeetingInput request) {
        MeetingInput input = inputs.created(request, INPUT);
        access.checkMeeting(input.chairLeaderId());
        checkRules(input, null);
        DispatchMeeting meeting = DispatchMeeting.of(clock.now());
        apply(meeting, input);
        meetings.persistAndFlush(meeting);
        return MeetingView.of(meeting);
    }

    public MeetingView get(long id) {
        return MeetingView.of(find(id));
    }

    public Page<MeetingView> list(MeetingQuery query, PageRequest page) {
        PanachePaging.Slice<DispatchMeeting> slice = meetings.list(query, page, totals);
        return Page.of(slice.items().stream().map(MeetingView::of).toList(), page, slice.total());
    }

    /** Merge patch (typically the minutes after the meeting); a leader may not hand its meeting to another chair. */
    @Transactional
    @RetryOnConflict
    public MeetingView patch(long id, JsonNode patch, IfMatch ifMatch) {
        ObjectNode changes = MergePatch.object(patch);
        DispatchMeeting meeting = find(id);
        access.checkMeeting(meeting.chairLeaderId);
        ifMatch.check(meeting.version);
        MeetingView current = MeetingView.of(meeting);
        Optional<MeetingInput> changed = inputs.changed(changes, current, current.version(), current.input(), INPUT);
        if (changed.isEmpty()) {
            return current;
        }
        MeetingInput input = changed.get();
        if (!Objects.equals(input.chairLeaderId(), meeting.chairLeaderId)) {
            access.checkMeeting(input.chairLeaderId());
        }
        checkRules(input, meeting);
        apply(meeting, input);
        meeting.updatedAt = clock.now();
        meetings.flush();
        return MeetingView.of(meeting);
    }

    public Page<HistoryEntry> history(long id, PageRequest page) {
        Page<HistoryEntry> entries = audit.history(DispatchMeeting.class, id, MeetingView::of, page);
        if (entries.totalItems() == 0) {
            throw new NotFound("Dispatch meeting", id);
        }
        return entries;
    }

    DispatchMeeting find(long id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> new NotFound("Dispatch meeting", id));
    }

    /**
     * A LEADER meeting has a chair; a chair is an active leader (unchanged chairs of an existing
     * meeting may since have left); the projects exist.
     */
    private void checkRules(MeetingInput input, DispatchMeeting existing) {
        List<FieldError> errors = new ArrayList<>();
        if (input.level() == MeetingLevel.LEADER && input.chairLeaderId() == null) {
            errors.add(new FieldError("chairLeaderId", "is required for a LEADER meeting"));
        }
        if (input.chairLeaderId() != null) {
            boolean unchanged = existing != null && input.chairLeaderId().equals(existing.chairLeaderId);
            try {
                if (unchanged) {
                    leaders.known(input.chairLeaderId(), "chairLeaderId");
                } else {
                    leaders.active(input.chairLeaderId(), "chairLeaderId");
                }
            } catch (ProblemException e) {
                errors.addAll(e.errors());
            }
        }
        if (!input.projectIds().isEmpty()) {
            Set<Long> known = new java.util.HashSet<>(
                    projects.registry(input.projectIds()).stream().map(ProjectView::id).toList());
            for (int i = 0; i < input.projectIds().size(); i++) {
                if (!known.contains(input.projectIds().get(i))) {
                    errors.add(new FieldError("projectIds[" + i + "]", "unknown project " + input.projectIds().get(i)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(DispatchMeeting meeting, MeetingInput input) {
        meeting.meetingDate = input.date();
        meeting.meetingLevel = input.level();
        meeting.chairLeaderId = input.chairLeaderId();
        meeting.title = input.title();
        meeting.attendees = List.copyOf(input.attendees());
        meeting.projectIds = List.copyOf(input.projectIds());
        meeting.minutes = input.minutes();
    }
}
