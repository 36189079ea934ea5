package gov.district.investment.leads.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.leads.api.ConversionRequest;
import gov.district.investment.leads.api.ConversionStage;
import gov.district.investment.leads.api.FollowUpInput;
import gov.district.investment.leads.api.FollowUpView;
import gov.district.investment.leads.api.LeadFilter.LeadQuery;
import gov.district.investment.leads.api.LeadFunnel;
import gov.district.investment.leads.api.LeadInput;
import gov.district.investment.leads.api.LeadProject;
import gov.district.investment.leads.api.LeadTransitionRequest;
import gov.district.investment.leads.api.LeadTransitionView;
import gov.district.investment.leads.api.LeadView;
import gov.district.investment.leads.domain.FollowUp;
import gov.district.investment.leads.domain.Investor;
import gov.district.investment.leads.domain.Lead;
import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.leads.domain.LeadTransition;
import gov.district.investment.leads.persistence.InvestorRepository;
import gov.district.investment.leads.persistence.LeadRepository;
import gov.district.investment.pipeline.api.InvestmentFigures;
import gov.district.investment.pipeline.api.ProjectInput;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectRegistry;
import gov.district.investment.pipeline.api.ProjectView;
import gov.district.investment.platform.audit.AuditTrail;
import gov.district.investment.platform.audit.HistoryEntry;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.export.Column;
import gov.district.investment.platform.export.Exporter;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.json.MergePatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;
import gov.district.investment.platform.validation.Validation;
import gov.district.investment.reference.app.ReferenceData;

/**
 * The lead pool's use cases. Each write is one transaction; reads run without one. The pipeline is
 * reached only through its services (ProjectRegistry, InvestmentFigures).
 */
@ApplicationScoped
public class LeadService {

    /** The list's sortable fields (API name, entity attribute) and its default order. */
    public static final SortSpec SORT = SortSpec.of("-id", "id", "id", "title", "title",
            "intendedInvestment", "intendedInvestment", "stage", "stage", "nextFollowUpDate", "nextFollowUpDate",
            "lastFollowUpDate", "lastFollowUpDate", "createdAt", "createdAt", "updatedAt", "updatedAt");

    /**
     * Fields a client may echo unchanged in a merge patch but never change that way; the investor's
     * name and code, stale and the project lineage are derived from other records and ignored.
     */
    private static final MergePatch.ReadOnly READ_ONLY = new MergePatch.ReadOnly(Set.of("id", "stage", "droppedFrom",
            "allowedTargets", "convertible", "lastFollowUpDate", "signedDate", "contractInvestment", "duplicateConfirmed",
            "duplicateOfLeadId", "projectId", "createdAt", "updatedAt"),
            Set.of("investorName", "investorCreditCode", "stale", "project"),
            field -> field.equals("stage") ? "is read-only; use POST /api/v1/leads/{id}/transitions" : null);
    private static final String CONVERSION_REASON = "由招商线索转化";

    private final LeadRepository leads;
    private final InvestorRepository investors;
    private final LeadAccess access;
    private final ReferenceData reference;
    private final BusinessClock clock;
    private final Caller caller;
    private final AuditTrail audit;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final TotalsCache totals;
    private final ProjectRegistry projects;
    private final InvestmentFigures investment;
    private final Event<LeadConverted> converted;
    private final int staleAfterDays;

    public LeadService(LeadRepository leads, InvestorRepository investors, LeadAccess access, ReferenceData reference,
            BusinessClock clock, Caller caller, AuditTrail audit, Validator validator, ObjectMapper mapper,
            TotalsCache totals, ProjectRegistry projects, InvestmentFigures investment,
            Event<LeadConverted> converted, AppConfig config) {
        this.leads = leads;
        this.investors = investors;
        this.access = access;
        this.reference = reference;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
        this.validator = validator;
        this.mapper = mapper;
        this.totals = totals;
        this.projects = projects;
        this.investment = investment;
        this.converted = converted;
        this.staleAfterDays = config.leads().staleAfterDays();
    }

    /**
     * A new CLUE. The investor's row is locked first, before anything else is read, so that two
     * units racing for one investor queue on it and the second one's duplicate check (a fresh read
     * under MariaDB's REPEATABLE READ, since nothing was read before the lock) sees the first one's lead.
     */
    @Transactional
    @RetryOnConflict
    public LeadView create(LeadInput request, boolean confirmDuplicate) {
        LeadInput input = request.withDefaults(access.confinedToUnit().orElse(null));
        Validation.check(validator, input);
        input = input.normalized();
        access.checkOwnerUnit(input.ownerUnitCode());
        Investor investor = lockInvestor(input.investorId());
        Long duplicateOf = checkDuplicate(investor, input.ownerUnitCode(), null, confirmDuplicate);
        checkRules(input);
        Lead lead = Lead.open(clock.now());
        apply(lead, input);
        lead.duplicateConfirmed = duplicateOf != null;
        lead.duplicateOfLeadId = duplicateOf;
        leads.persistAndFlush(lead);
        return view(lead, investor);
    }

    public LeadView get(long id) {
        Lead lead = findVisible(id);
        return view(lead, investors.findById(lead.investorId));
    }

    public Page<LeadView> list(LeadQuery query, PageRequest page) {
        LeadQuery scoped = access.scope(query);
        if (scoped == null) {
            return Page.of(List.of(), page, 0);
        }
        PanachePaging.Slice<Lead> slice = leads.list(scoped, stale(), page, totals);
        Map<Long, Investor> byId = investors.byIds(slice.items().stream().map(l -> l.investorId).distinct().toList());
        LocalDate today = clock.today();
        return Page.of(slice.items().stream().map(l -> {
            Investor investor = byId.get(l.investorId);
            return LeadView.of(l, investor == null ? null : investor.name, investor == null ? null : investor.creditCode,
                    isStale(l, today), null);
        }).toList(), page, slice.total());
    }

    /** Counts and amounts by stage under the list's filters (the stage filter included). */
    public LeadFunnel funnel(LeadQuery query) {
        LeadQuery scoped = access.scope(query);
        Map<LeadStage, Object[]> rows = new EnumMap<>(LeadStage.class);
        if (scoped != null) {
            for (Object[] row : leads.funnel(scoped, stale())) {
                rows.put((LeadStage) row[0], row);
            }
        }
        List<LeadFunnel.StageCount> stages = new ArrayList<>();
        long open = 0;
        for (LeadStage stage : LeadStage.values()) {
            Object[] row = rows.get(stage);
            long count = row == null ? 0 : ((Number) row[1]).longValue();
            if (stage.isOpen()) {
                open += count;
            }
            stages.add(new LeadFunnel.StageCount(stage, count, amount(row == null ? null : row[2]),
                    amount(row == null ? null : row[3])));
        }
        return new LeadFunnel(clock.today(), open, stages);
    }

    /** RFC 7396 merge patch; a change of unit or investor is checked for 撞单 like a create. */
    @Transactional
    @RetryOnConflict
    public LeadView patch(long id, JsonNode patch, IfMatch ifMatch, boolean confirmDuplicate) {
        ObjectNode changes = MergePatch.object(patch);
        // a locking read: it opens no snapshot, so the duplicate check below still reads fresh
        Lead lead = lockVisible(id);
        access.checkWrite(lead);
        ifMatch.check(lead.version);
        LeadView current = LeadView.of(lead, null, null, false, null);
        LeadInput input = MergePatch.merge(mapper, changes, current, current.version(), READ_ONLY,
                current.input(), LeadInput.class).withDefaults(null);
        Validation.check(validator, input);
        input = input.normalized();
        if (input.equals(current.input())) {
            return view(lead, investors.findById(lead.investorId)); // nothing changed: no new version
        }
        lead.ensureChangeable();
        boolean reassigned = !input.ownerUnitCode().equals(lead.ownerUnitCode) || !input.investorId().equals(lead.investorId);
        if (!input.ownerUnitCode().equals(lead.ownerUnitCode)) {
            access.checkOwnerUnit(input.ownerUnitCode());
        }
        Investor investor = lockInvestor(input.investorId());
        if (reassigned && lead.stage().isOpen()) {
            Long duplicateOf = checkDuplicate(investor, input.ownerUnitCode(), lead.id, confirmDuplicate);
            if (duplicateOf != null) {
                lead.duplicateConfirmed = true;
                lead.duplicateOfLeadId = duplicateOf;
            }
        }
        checkRules(input);
        apply(lead, input);
        lead.updatedAt = clock.now();
        leads.flush();
        return view(lead, investor);
    }

    @Transactional
    @RetryOnConflict
    public TransitionResult transition(long id, LeadTransitionRequest request, IfMatch ifMatch) {
        Lead lead = findVisible(id);
        access.checkWrite(lead);
        ifMatch.check(lead.version);
        LocalDate today = clock.today();
        LocalDate effective = request.effectiveDate() == null ? today : request.effectiveDate();
        LeadTransition transition = lead.transitionTo(request.toStage(), effective, request.reason(),
                request.signedDate(), request.contractAmount(), today, caller.actor(), clock.now());
        leads.persistTransition(transition);
        leads.flush();
        return new TransitionResult(LeadTransitionView.of(transition), lead.version);
    }

    public record TransitionResult(LeadTransitionView transition, long leadVersion) {
    }

    public List<LeadTransitionView> transitions(long id) {
        findVisible(id);
        return leads.transitions(id).stream().map(LeadTransitionView::of).toList();
    }

    public LeadTransitionView transition(long id, long transitionId) {
        findVisible(id);
        LeadTransition transition = leads.transition(id, transitionId);
        if (transition == null) {
            throw ProblemException.notFound("Transition", transitionId + " of lead " + id);
        }
        return LeadTransitionView.of(transition);
    }

    /** Records a follow-up and moves the lead's lastFollowUpDate and nextFollowUpDate. */
    @Transactional
    @RetryOnConflict
    public FollowUpView followUp(long id, FollowUpInput input) {
        Lead lead = findVisible(id);
        access.checkWrite(lead);
        LocalDate today = clock.today();
        LocalDate date = input.date() == null ? today : input.date();
        List<FieldError> errors = new ArrayList<>();
        if (date.isAfter(today)) {
            errors.add(new FieldError("date", "must not be in the future (today is " + today + ")"));
        }
        if (input.nextFollowUpDate() != null && input.nextFollowUpDate().isBefore(date)) {
            errors.add(new FieldError("nextFollowUpDate", "must not be before date " + date));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.now();
        lead.followedUp(date, input.nextFollowUpDate(), now);
        FollowUp followUp = new FollowUp();
        followUp.leadId = lead.id;
        followUp.date = date;
        followUp.kind = input.kind();
        followUp.summary = input.summary().trim();
        followUp.nextStep = input.nextStep() == null || input.nextStep().isBlank() ? null : input.nextStep().trim();
        followUp.nextFollowUpDate = input.nextFollowUpDate();
        followUp.actor = caller.actor();
        followUp.recordedAt = now;
        leads.persistFollowUp(followUp);
        leads.flush();
        return FollowUpView.of(followUp);
    }

    public List<FollowUpView> followUps(long id) {
        findVisible(id);
        return leads.followUps(id).stream().map(FollowUpView::of).toList();
    }

    public FollowUpView followUp(long id, long followUpId) {
        findVisible(id);
        FollowUp followUp = leads.followUp(id, followUpId);
        if (followUp == null) {
            throw ProblemException.notFound("Follow-up", followUpId + " of lead " + id);
        }
        return FollowUpView.of(followUp);
    }

    /**
     * Creates the project (owner = the investor, totalInvestment = the contract investment, leadId
     * set) and marks the lead CONVERTED, in one transaction: either both or neither. The lead's row
     * is locked first, so a concurrent second conversion waits and then finds it CONVERTED (409).
     */
    @Transactional
    @RetryOnConflict
    public ProjectView convert(long id, ConversionRequest request, IfMatch ifMatch) {
        ConversionRequest body = request == null ? ConversionRequest.DEFAULTS : request;
        Lead lead = lockVisible(id);
        access.checkWrite(lead);
        ifMatch.check(lead.version);
        lead.ensureConvertible();
        Investor investor = investors.findById(lead.investorId);
        String areaCode = body.areaCode() != null ? body.areaCode() : lead.areaCode;
        String ownerUnitCode = body.ownerUnitCode() != null ? body.ownerUnitCode() : lead.ownerUnitCode;
        if (areaCode == null) {
            throw ProblemException.invalid("areaCode", "is required: the lead has no areaCode to default from");
        }
        access.checkOwnerUnit(ownerUnitCode);
        ProjectInput input = new ProjectInput(body.name() != null ? body.name() : lead.title, null, lead.industryCode,
                areaCode, ownerUnitCode, investor.name, investor.creditCode, null, Boolean.FALSE,
                lead.contractInvestment(), body.level() != null ? body.level() : ProjectLevel.NONE,
                body.plannedStartDate(), body.plannedCompletionDate());
        boolean preliminary = body.stage() == ConversionStage.PRELIMINARY;
        ProjectView project = projects.createFromLead(lead.id, input, preliminary, CONVERSION_REASON);
        leads.persistTransition(lead.convertedInto(project.id(), clock.today(), caller.actor(), clock.now()));
        leads.flush();
        converted.fire(new LeadConverted(lead.id, project.id()));
        return project;
    }

    public List<HistoryEntry> history(long id) {
        Lead lead = leads.findById(id);
        if (lead != null) {
            access.checkVisible(lead);
        }
        List<HistoryEntry> entries = audit.history(Lead.class, id, l -> LeadView.of(l, null, null, false, null));
        if (entries.isEmpty()) {
            throw ProblemException.notFound("Lead", id);
        }
        return entries;
    }

    private Lead findVisible(long id) {
        Lead lead = leads.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
        access.checkVisible(lead);
        return lead;
    }

    private Lead lockVisible(long id) {
        Lead lead = leads.lock(id);
        if (lead == null) {
            throw ProblemException.notFound("Lead", id);
        }
        access.checkVisible(lead);
        return lead;
    }

    private Investor lockInvestor(long investorId) {
        Investor investor = investors.lock(investorId);
        if (investor == null) {
            throw ProblemException.invalid("investorId", "unknown investor " + investorId);
        }
        return investor;
    }

    /**
     * 撞单: another unit holds an open lead on the investor. 409 naming it, unless the caller
     * confirmed; then the lead it was warned about, to be recorded.
     */
    private Long checkDuplicate(Investor investor, String unit, Long leadId, boolean confirmed) {
        List<Lead> others = leads.openOfInvestorHeldByOthers(investor.id, unit, leadId);
        if (others.isEmpty()) {
            return null;
        }
        Lead first = others.get(0);
        if (confirmed) {
            return first.id;
        }
        throw new ProblemException(ProblemType.DUPLICATE,
                "Investor " + investor.id + " (" + investor.name + ") already has open lead " + first.id + " 《" + first.title
                        + "》 held by unit " + first.ownerUnitCode
                        + " (撞单); send confirmDuplicate=true to record this one anyway")
                .with("leadId", first.id)
                .with("leadTitle", first.title)
                .with("ownerUnitCode", first.ownerUnitCode)
                .with("leadIds", others.stream().map(l -> l.id).toList());
    }

    private LeadRepository.Stale stale() {
        LocalDate cutoff = clock.today().minusDays(staleAfterDays);
        return new LeadRepository.Stale(cutoff, cutoff.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }

    private boolean isStale(Lead lead, LocalDate today) {
        return lead.isStale(today, staleAfterDays, LocalDate.ofInstant(lead.createdAt, clock.zone()));
    }

    private LeadView view(Lead lead, Investor investor) {
        LeadProject lineage = null;
        if (lead.projectId() != null) {
            // the project may have been deleted while still in PLANNING: then there is no lineage to show
            lineage = projects.registry(List.of(lead.projectId())).stream().findFirst()
                    .map(p -> new LeadProject(p.id(), p.code(), p.name(), p.stage(), p.totalInvestment(),
                            investment.completedToDate(p.id())))
                    .orElse(null);
        }
        return LeadView.of(lead, investor == null ? null : investor.name, investor == null ? null : investor.creditCode,
                isStale(lead, clock.today()), lineage);
    }

    private void checkRules(LeadInput input) {
        List<FieldError> errors = new ArrayList<>();
        reference.checkIndustry("industryCode", input.industryCode(), errors);
        reference.checkArea("areaCode", input.areaCode(), errors);
        reference.checkUnit("ownerUnitCode", input.ownerUnitCode(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void apply(Lead lead, LeadInput input) {
        lead.title = input.title();
        lead.investorId = input.investorId();
        lead.channel = input.channel();
        lead.industryCode = input.industryCode();
        lead.chainRole = input.chainRole();
        lead.intendedInvestment = input.intendedInvestment();
        lead.foreignCapitalUsd = input.foreignCapitalUsd();
        lead.landAreaMu = input.landAreaMu();
        lead.areaCode = input.areaCode();
        lead.ownerUnitCode = input.ownerUnitCode();
        lead.handlerName = input.handlerName();
        lead.nextFollowUpDate = input.nextFollowUpDate();
        lead.note = input.note();
    }

    /** A lead with its investor's name, as the export writes it. */
    public record LeadRow(Lead lead, String investorName) {
    }

    /** The export's columns: Chinese headers, amounts with their unit, dates as dates. */
    public static final List<Column<LeadRow>> EXPORT_COLUMNS = List.of(
            Column.number("ID", r -> r.lead().id),
            Column.text("线索名称", r -> r.lead().title),
            Column.number("投资方ID", r -> r.lead().investorId),
            Column.text("投资方", LeadRow::investorName),
            Column.text("招商渠道", r -> r.lead().channel.label()),
            Column.text("行业代码", r -> r.lead().industryCode),
            Column.text("产业链定位", r -> r.lead().chainRole == null ? null : r.lead().chainRole.label()),
            Column.number("意向投资(万元)", r -> r.lead().intendedInvestment),
            Column.number("外资(万美元)", r -> r.lead().foreignCapitalUsd),
            Column.number("用地(亩)", r -> r.lead().landAreaMu),
            Column.text("区域代码", r -> r.lead().areaCode),
            Column.text("责任单位代码", r -> r.lead().ownerUnitCode),
            Column.text("跟踪责任人", r -> r.lead().handlerName),
            Column.text("阶段", r -> r.lead().stage().label()),
            Column.date("签约日期", r -> r.lead().signedDate()),
            Column.number("合同投资(万元)", r -> r.lead().contractInvestment()),
            Column.date("最近跟进日期", r -> r.lead().lastFollowUpDate()),
            Column.date("下次跟进日期", r -> r.lead().nextFollowUpDate));

    /** The list under the same filter and row rules (a unit exports only its own leads), streamed as a download. */
    public Exporter.Table<LeadRow> export(LeadQuery query) {
        LeadQuery scoped = access.scope(query);
        LeadRepository.Stale stale = stale();
        return new Exporter.Table<>("leads", "招商线索", EXPORT_COLUMNS, r -> r.lead().id, (after, size) -> {
            if (scoped == null) {
                return List.of();
            }
            List<Lead> batch = leads.batch(scoped, stale, after, size);
            Map<Long, Investor> byId = investors.byIds(batch.stream().map(l -> l.investorId).distinct().toList());
            return batch.stream().map(l -> new LeadRow(l, byId.containsKey(l.investorId) ? byId.get(l.investorId).name : null))
                    .toList();
        });
    }
}
